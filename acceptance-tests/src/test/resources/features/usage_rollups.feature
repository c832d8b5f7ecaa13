Feature: Usage is rolled up on the organization's calendar
  As an organization owner in Budapest
  I want my daily and monthly usage to follow my days and months
  So that my bill and my charts agree with my own calendar

  @http
  Scenario: A call late on New Year's Eve in UTC belongs to New Year's Day in Budapest (U2)
    Given the time is 2025-01-01T00:00:00Z
    And a FREE organization "pest" in Europe/Budapest
    When a batch of usage events for "pest" is recorded:
      | event | endpoint          | method | status | occurred at          |
      | e1    | /v1/weddings/{id} | GET    | 200    | 2024-12-31T23:30:00Z |
    Then the batch answer is 1 accepted, 0 duplicates and 0 rejected
    When the usage of "pest" from 2024-12-30T00:00:00Z to 2025-01-03T00:00:00Z is read by day
    Then the series is:
      | period     | starts at            | calls |
      | 2025-01-01 | 2024-12-31T23:00:00Z | 1     |
    When the usage of "pest" from 2024-12-01T00:00:00Z to 2025-02-01T00:00:00Z is read by month
    Then the series is:
      | period  | starts at            | calls |
      | 2025-01 | 2024-12-31T23:00:00Z | 1     |
