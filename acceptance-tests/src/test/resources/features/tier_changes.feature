Feature: Denied calls use no quota, and a change of tier applies at once
  As a WedSync operator
  I want a tier change to count from the very next call, keeping what was used
  So that an upgrade helps a customer immediately and a downgrade cannot be gamed

  Background:
    Given the time is 2025-06-10T12:00:00Z

  @http
  Scenario: A STARTER organization refused 30 times is upgraded and admitted at once (L4)
    Given a STARTER organization "globex" in UTC
    When "globex" makes 50 calls spread evenly over 30 seconds
    Then calls 1 to 20 are admitted
    And calls 21 to 50 are denied by the minute limit
    When an operator upgrades "globex" to PROFESSIONAL
    And "globex" makes 1 call
    Then the answers are:
      | call | outcome  | minute limit | minute remaining |
      | 51   | admitted | 50           | 29               |
    And "globex" has used 21 calls of its day
    And the decisions for "globex" today are 21 admitted and 30 denied

  Scenario: A downgrade clamps what remains of the day (L5)
    Given a SCALE organization "initech" in UTC
    And "initech" makes 10 calls from 2025-06-10T12:00:00Z, one every 1 second
    When an operator downgrades "initech" to FREE
    And "initech" makes 1 call at 2025-06-10T13:00:00Z
    Then the answers are:
      | call | outcome  | daily limit | daily remaining |
      | 11   | admitted | 100         | 89              |
    And no answer showed more remaining than its limit, or less than zero
