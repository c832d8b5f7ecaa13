Feature: An incident is acknowledged by whoever takes it on and resolved when it is over, its history kept
  As a WedSync operator on call
  I want to acknowledge an incident when I take it on and resolve it when it is over, each step kept with who did it,
  when and why
  So that nobody works on an incident without the others knowing, and the history tells how it was handled

  Background:
    Given the time is 2025-06-10T09:00:00Z
    And a FREE organization "acme" in UTC

  @http
  Scenario: An operator takes on an incident and later resolves it (I1)
    Given operator "alice" triggers a critical incident "Checkout errors above 5%" for "acme"
    And the time is 2025-06-10T09:05:00Z
    When operator "bob" acknowledges the incident, saying "looking into it"
    Then the answer is the incident, acknowledged
    Given the time is 2025-06-10T09:30:00Z
    When operator "bob" resolves the incident, saying "rolled back the deploy"
    Then the answer is the incident, resolved
    And the history of the incident is:
      | step         | by    | at                   | comment               |
      | triggered    | alice | 2025-06-10T09:00:00Z |                       |
      | acknowledged | bob   | 2025-06-10T09:05:00Z | looking into it       |
      | resolved     | bob   | 2025-06-10T09:30:00Z | rolled back the deploy |

  @http
  Scenario: Resolving a resolved incident changes nothing, and neither does acknowledging twice (I2)
    Given operator "alice" triggers a warning incident "Slow bookings" for "acme"
    And operator "alice" acknowledges the incident
    And the time is 2025-06-10T09:01:00Z
    When operator "bob" acknowledges the incident, saying "me too"
    Then the answer is the incident, acknowledged
    Given the time is 2025-06-10T09:10:00Z
    And operator "alice" resolves the incident
    And the time is 2025-06-10T09:11:00Z
    When operator "bob" resolves the incident, saying "done here as well"
    Then the answer is the incident, resolved
    And the history of the incident is:
      | step         | by    | at                   | comment |
      | triggered    | alice | 2025-06-10T09:00:00Z |         |
      | acknowledged | alice | 2025-06-10T09:00:00Z |         |
      | resolved     | alice | 2025-06-10T09:10:00Z |         |

  @http
  Scenario: A resolved incident cannot be acknowledged (I3)
    Given operator "alice" triggers an info incident "Maintenance window" for "acme"
    And operator "alice" resolves the incident, saying "over before anyone looked"
    And the time is 2025-06-10T09:20:00Z
    When operator "bob" acknowledges the incident
    Then it is refused, as a conflict
    And the incident is resolved
    And the history of the incident is:
      | step      | by    | at                   | comment                   |
      | triggered | alice | 2025-06-10T09:00:00Z |                           |
      | resolved  | alice | 2025-06-10T09:00:00Z | over before anyone looked |

  Scenario: A rule that breaches again after its incident was resolved opens a new incident (I4)
    When the alert rule "rule_denials" fires for "acme" with severity critical, titled "Denials above 20%"
    Then a new incident is opened
    Given the time is 2025-06-10T09:01:00Z
    When the alert rule "rule_denials" fires for "acme" with severity critical, titled "Denials above 20%"
    Then no incident is opened: the open one is answered
    Given the time is 2025-06-10T09:15:00Z
    When the alert rule "rule_denials" clears for "acme"
    Then the incident is resolved
    Given the time is 2025-06-10T10:00:00Z
    When the alert rule "rule_denials" fires for "acme" with severity critical, titled "Denials above 20%"
    Then a new incident is opened
    And the incident is triggered
    And the first incident is resolved
    And the history of the incident is:
      | step      | by        | at                   | comment |
      | triggered | evaluator | 2025-06-10T10:00:00Z |         |

  Scenario: An operator resolves a rule's incident before the rule clears, and the clearing changes nothing (I5)
    When the alert rule "rule_denials" fires for "acme" with severity warning, titled "Denials above 10%"
    And operator "alice" resolves the incident, saying "known: a customer's load test"
    And the alert rule "rule_denials" clears for "acme"
    Then the incident is resolved
    And the history of the incident is:
      | step      | by        | at                   | comment                       |
      | triggered | evaluator | 2025-06-10T09:00:00Z |                               |
      | resolved  | alice     | 2025-06-10T09:00:00Z | known: a customer's load test |
