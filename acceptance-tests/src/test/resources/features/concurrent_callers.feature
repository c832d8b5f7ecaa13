Feature: Callers arriving together never overshoot a limit
  As a WedSync operator
  I want every decision to check and use the quota in one step
  So that a crowd of simultaneous calls gets exactly what the tier allows, never more

  @http
  Scenario: 50 calls of a FREE organization at the same instant admit exactly 5 (L1)
    Given the time is 2025-06-10T12:00:00Z
    And a FREE organization "acme" in UTC
    When 50 calls of "acme" arrive at the same instant from 50 threads
    Then exactly 5 calls are admitted and 45 denied
    And "acme" has used 5 calls of its day
    And the decisions for "acme" today are 5 admitted and 45 denied
    And no answer showed more remaining than its limit, or less than zero
