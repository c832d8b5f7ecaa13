Feature: The wait before a retry is rounded up and honest
  As a WedSync API service whose customer was refused
  I want to be told how long to wait, in whole seconds, rounded up
  So that a retry at that moment goes through and no earlier retry is wasted

  @http
  Scenario: The minute's oldest call leaves in 2.6 seconds, so the wait is 3 seconds (L3)
    Given the time is 2025-06-10T12:00:00Z
    And a STARTER organization "northwind" in UTC
    And "northwind" makes 1 call at 2025-06-10T12:00:00.000Z
    And "northwind" makes 19 calls from 2025-06-10T12:00:50.000Z, one every 200 ms
    When "northwind" makes 1 call at 2025-06-10T12:00:57.400Z
    And "northwind" makes 1 call 3 seconds later
    Then calls 1 to 20 are admitted
    And the answers are:
      | call | outcome  | minute remaining | minute reset | denied by | retry after |
      | 21   | denied   | 0                | 3            | minute    | 3           |
      | 22   | admitted | 0                | 50           |           |             |
    And the wait shown after call 21 is never 0, negative or earlier than the reset of the minute limit
