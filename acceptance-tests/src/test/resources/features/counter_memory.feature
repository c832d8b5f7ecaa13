Feature: Counters forget what can no longer matter
  As a WedSync operator
  I want the counter store to let go of every organization's state once it is spent
  So that memory and keys stay bounded by the organizations active now, not by all that ever called

  Scenario: Every organization's state is forgotten once its day is over and its windows are empty (L7)
    # On 10 June, Shanghai's day ends at 16:00 UTC, UTC's at midnight, New York's at 04:00 UTC the next day.
    Given the time is 2025-06-10T12:00:00Z
    And a FREE organization "acme" in UTC
    And a FREE organization "wanda" in Asia/Shanghai
    And a STARTER organization "gotham" in America/New_York
    When "acme" makes 3 calls at 2025-06-10T12:00:00Z
    And "wanda" makes 3 calls at 2025-06-10T12:00:00Z
    And "gotham" makes 3 calls at 2025-06-10T12:00:00Z
    Then the counters hold state for 3 organizations
    And sweeps of idle state keep:
      | at                       | still held |
      | 2025-06-10T12:00:59.999Z | 3          |
      | 2025-06-10T15:59:59.999Z | 3          |
      | 2025-06-10T16:00:00Z     | 2          |
      | 2025-06-10T23:59:59.999Z | 2          |
      | 2025-06-11T00:00:00Z     | 1          |
      | 2025-06-11T04:00:00Z     | 0          |
    When "acme" makes 1 call at 2025-06-11T04:00:00Z
    Then the answers are:
      | call | outcome  | daily remaining | minute remaining |
      | 10   | admitted | 99              | 4                |
    And the counters hold state for 1 organization

  @redis @wip
  Scenario: Every counter key in Redis expires with its window (L7, shared store)
    Given the counters are kept in Redis
    And a FREE organization "acme" in UTC
    When "acme" makes 3 calls at 2025-06-10T12:00:00Z
    Then every counter key the product created has a time to live no longer than its window plus a small margin
    And a key written just before the process dies still has its time to live
