Feature: Organizations set their own usage alert thresholds
  As the owner of an organization that builds on WedSync's API
  I want to say at which error rate, latency, traffic, denial rate and quota use I am to be alerted
  So that I hear about trouble before the couples and vendors on my platform do

  # Each threshold becomes an alert rule of the organization: it alerts once the measure reaches the threshold
  # over the last 5 minutes, at once, as a warning. Setting the thresholds again replaces them all.

  @http
  Scenario: An owner sets usage alert thresholds
    Given the time is 2025-06-10T12:00:00Z
    And a STARTER organization "acme" in UTC
    When the owner of "acme" sets its usage alert thresholds:
      | metric            | threshold |
      | error_rate        | 0.05      |
      | p95_latency_ms    | 800       |
      | quota_utilization | 0.8       |
    Then "acme" is watched by these alert rules:
      | metric            | alerts when       | over the last | raised  | severity |
      | error_rate        | at or above 0.05  | 5 minutes     | at once | warning  |
      | p95_latency_ms    | at or above 800   | 5 minutes     | at once | warning  |
      | quota_utilization | at or above 0.8   | 5 minutes     | at once | warning  |
    And every rule of "acme" came from its usage alert thresholds

  @http
  Scenario: New thresholds replace the old ones, and the same thresholds twice change nothing
    Given the time is 2025-06-10T12:00:00Z
    And a STARTER organization "acme" in UTC
    And the owner of "acme" has set its usage alert thresholds:
      | metric         | threshold |
      | error_rate     | 0.05      |
      | p95_latency_ms | 800       |
    When the owner of "acme" sets its usage alert thresholds:
      | metric       | threshold |
      | error_rate   | 0.1       |
      | request_rate | 600       |
    Then "acme" is watched by these alert rules:
      | metric       | alerts when      | over the last | raised  | severity |
      | error_rate   | at or above 0.1  | 5 minutes     | at once | warning  |
      | request_rate | at or above 600  | 5 minutes     | at once | warning  |
    And the error_rate threshold of "acme" is still watched by the same rule
    When the owner of "acme" sets the same thresholds again
    Then nothing about the alert rules of "acme" changed
