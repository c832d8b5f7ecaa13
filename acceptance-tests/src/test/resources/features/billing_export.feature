Feature: The bill counts each call once, on the customer's own days
  As WedSync's billing team
  I want each organization's daily totals on its own calendar
  So that an invoice matches, day by day, the chart its customer sees

  @http
  Scenario: A call late on New Year's Eve in UTC is billed on New Year's Day in Budapest (U2)
    # Budapest is an hour ahead of UTC in winter: 22:30Z is 23:30 on 31 December there, 23:30Z already 00:30 on 1 January.
    Given the time is 2025-01-02T12:00:00Z
    And a FREE organization "pest" in Europe/Budapest
    When a batch of usage events for "pest" is recorded:
      | event | endpoint          | method | status | occurred at          |
      | e1    | /v1/weddings/{id} | GET    | 200    | 2024-12-31T22:30:00Z |
      | e2    | /v1/weddings/{id} | GET    | 404    | 2024-12-31T23:30:00Z |
      | e3    | /v1/weddings      | POST   | 500    | 2025-01-01T12:00:00Z |
    And the usage of "pest" from 2024-12-31 to 2025-01-02 is exported for billing
    Then the export is:
      | day        | calls | 4xx | 5xx | admitted | denied |
      | 2024-12-31 | 1     | 0   | 0   | 0        | 0      |
      | 2025-01-01 | 2     | 1   | 1   | 0        | 0      |
      | 2025-01-02 | 0     | 0   | 0   | 0        | 0      |

  @http
  Scenario: An event sent again after a lost acknowledgement is billed once, and denied calls are shown apart (U1)
    Given the time is 2025-06-10T12:00:00Z
    And a FREE organization "acme" in UTC
    When a batch of usage events for "acme" is recorded:
      | event | endpoint          | method | status | occurred at          |
      | e1    | /v1/weddings/{id} | GET    | 200    | 2025-06-10T11:15:00Z |
      | e2    | /v1/clients/{id}  | POST   | 201    | 2025-06-10T11:20:00Z |
      | e2    | /v1/clients/{id}  | POST   | 201    | 2025-06-10T11:20:00Z |
    And its acknowledgement is lost and the same batch is recorded again
    And "acme" makes 7 calls
    And the usage of "acme" from 2025-06-10 to 2025-06-10 is exported for billing
    Then the export is:
      | day        | calls | 4xx | 5xx | admitted | denied |
      | 2025-06-10 | 2     | 0   | 0   | 5        | 2      |
