Feature: A breached alert threshold opens an incident, and the incident resolves itself once the trouble is over
  As the owner of an organization that builds on WedSync's API
  I want an incident opened when my error rate crosses my threshold, and resolved when it falls back
  So that I hear about trouble once, and the incident list tells me whether it is still going on

  # The evaluator runs on every node every minute and reads the rollups; here it runs when a step says so, at the
  # scenario's time. A threshold alerts at or above its value over the last 5 minutes (read from the rollups'
  # quarter hours) and clears below it.

  Background:
    Given the time is 2025-06-10T12:00:00Z
    And a STARTER organization "acme" in UTC
    And the owner of "acme" has set its usage alert thresholds:
      | metric     | threshold |
      | error_rate | 0.05      |

  Scenario: Errors above the threshold open one incident, which resolves when they fall below it (A1 on one node)
    Given 100 calls of "acme" are recorded at 2025-06-10T11:59:00Z, 20 of them failing
    When the alert rules are evaluated
    Then "acme" has 1 incident, the newest triggered by the evaluator
    Given the time is 2025-06-10T12:01:00Z
    When the alert rules are evaluated
    Then "acme" has 1 incident, the newest triggered by the evaluator
    Given 10000 calls of "acme" are recorded at 2025-06-10T12:02:00Z, 0 of them failing
    And the time is 2025-06-10T12:04:00Z
    When the alert rules are evaluated
    Then "acme" has 1 incident, the newest resolved by the evaluator

  Scenario: A new breach after the resolve opens a new incident
    Given 100 calls of "acme" are recorded at 2025-06-10T11:59:00Z, 20 of them failing
    And the alert rules are evaluated
    And 10000 calls of "acme" are recorded at 2025-06-10T12:02:00Z, 0 of them failing
    And the time is 2025-06-10T12:04:00Z
    And the alert rules are evaluated
    Given the time is 2025-06-10T12:20:00Z
    And 100 calls of "acme" are recorded at 2025-06-10T12:19:00Z, 50 of them failing
    When the alert rules are evaluated
    Then "acme" has 2 incidents, the newest triggered by the evaluator
    And the older incident of "acme" is resolved

  Scenario: Errors under the threshold open nothing
    Given 1000 calls of "acme" are recorded at 2025-06-10T11:59:00Z, 10 of them failing
    When the alert rules are evaluated
    Then "acme" has no incident
