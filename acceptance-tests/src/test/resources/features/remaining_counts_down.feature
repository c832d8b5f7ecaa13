Feature: Remaining quota counts down to zero, never below
  As a WedSync API service
  I want every answer to say how much of each limit is left
  So that I can slow my customer down before their calls are refused

  Background:
    Given the time is 2025-06-10T12:00:00Z

  @http
  Scenario: A FREE organization spends its minute one call at a time (L2)
    Given a FREE organization "acme" in UTC
    When "acme" makes 7 calls, one every 250 ms
    Then the answers are:
      | call | outcome  | minute remaining | denied by |
      | 1    | admitted | 4                |           |
      | 2    | admitted | 3                |           |
      | 3    | admitted | 2                |           |
      | 4    | admitted | 1                |           |
      | 5    | admitted | 0                |           |
      | 6    | denied   | 0                | minute    |
      | 7    | denied   | 0                | minute    |

  Scenario: No double allowance where one minute meets the next (L8)
    # A fixed-window counter would start afresh at 12:01:00 and admit ten calls in 0.2 seconds.
    Given a FREE organization "acme" in UTC
    When "acme" makes 5 calls at 2025-06-10T12:00:59.900Z
    And "acme" makes 5 calls at 2025-06-10T12:01:00.100Z
    Then the answers are:
      | call | outcome  | minute remaining | denied by     | retry after |
      | 1    | admitted | 4                |               |             |
      | 2    | admitted | 3                |               |             |
      | 3    | admitted | 2                |               |             |
      | 4    | admitted | 1                |               |             |
      | 5    | admitted | 0                |               |             |
      | 6    | denied   | 0                | minute, burst | 60          |
      | 7    | denied   | 0                | minute, burst | 60          |
      | 8    | denied   | 0                | minute, burst | 60          |
      | 9    | denied   | 0                | minute, burst | 60          |
      | 10   | denied   | 0                | minute, burst | 60          |
