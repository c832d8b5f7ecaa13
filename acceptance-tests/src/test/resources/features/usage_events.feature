Feature: The same usage event twice is one event
  As a WedSync API service that re-sends events when an acknowledgement is lost
  I want an event recognised by its id wherever it turns up again
  So that my customers' usage is never counted twice and a repeat never fails a batch

  @http
  Scenario: An event re-sent after a lost acknowledgement, and one sent twice in a batch, each count once (U1)
    Given the time is 2025-06-10T12:00:00Z
    And a FREE organization "acme" in UTC
    When a batch of usage events for "acme" is recorded:
      | event | endpoint          | method | status | occurred at          | latency ms |
      | e1    | /v1/weddings/{id} | GET    | 200    | 2025-06-10T11:15:00Z | 42         |
    Then the batch answer is 1 accepted, 0 duplicates and 0 rejected
    When its acknowledgement is lost and the same batch is recorded again
    Then the batch answer is 0 accepted, 1 duplicate and 0 rejected
    When a batch of usage events for "acme" is recorded:
      | event | endpoint          | method | status | occurred at          | latency ms |
      | e2    | /v1/clients/{id}  | POST   | 201    | 2025-06-10T11:20:00Z | 80         |
      | e2    | /v1/clients/{id}  | POST   | 201    | 2025-06-10T11:20:00Z | 80         |
      | e3    | /v1/weddings      | GET    | 500    | 2025-06-10T11:40:00Z | 300        |
    Then the batch answer is 2 accepted, 1 duplicate and 0 rejected
    When the usage of "acme" from 2025-06-10T00:00:00Z to 2025-06-11T00:00:00Z is read by hour
    Then the usage totals 3 calls
    And the series is:
      | period           | starts at            | calls |
      | 2025-06-10 11:00 | 2025-06-10T11:00:00Z | 3     |
    When the usage of "acme" from 2025-06-10T00:00:00Z to 2025-06-11T00:00:00Z is read by day
    Then the series is:
      | period     | starts at            | calls |
      | 2025-06-10 | 2025-06-10T00:00:00Z | 3     |
