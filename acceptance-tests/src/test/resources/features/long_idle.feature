Feature: A long silence is no overflow
  As a WedSync operator
  I want an organization that comes back after weeks to find its limits as they should be
  So that no counter wraps, goes negative or reports an absurd number

  @http
  Scenario: An ENTERPRISE organization idle for 30 days is welcomed back with its burst (L6)
    Given the time is 2025-05-11T12:00:00Z
    And an ENTERPRISE organization "umbrella" in UTC
    And "umbrella" makes 1 call at 2025-05-11T12:00:00Z
    When "umbrella" makes 1 call at 2025-06-10T12:00:00Z
    Then the answers are:
      | call | outcome  | burst limit | burst remaining | minute remaining | daily remaining |
      | 2    | admitted | 100         | 99              | unlimited        | unlimited       |
    And no answer showed more remaining than its limit, or less than zero
