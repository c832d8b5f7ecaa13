Feature: Latency percentiles are merged, never averaged
  As an organization owner watching how fast my API answers
  I want the day's 95th-percentile latency to be that of all the day's calls together
  So that one quiet, slow hour cannot make a busy, fast day look slow

  # The report's percentiles (totals.latency.p95) come from the mergeable histograms kept in the rollups.

  @http
  Scenario: A busy fast hour and a quiet slow hour make a fast day (U3)
    # Not 505 ms: that would be the average of the two hours' own p95s, 10 ms and 1,000 ms.
    Given the time is 2025-06-11T00:00:00Z
    And an ENTERPRISE organization "swift" in UTC
    When 1000 calls of 10 ms each are recorded for "swift" at 2025-06-10T09:30:00Z
    And 10 calls of 1000 ms each are recorded for "swift" at 2025-06-10T10:30:00Z
    And the usage of "swift" from 2025-06-10T00:00:00Z to 2025-06-11T00:00:00Z is read by day
    Then the usage totals 1010 calls
    And the 95th-percentile latency of the period is 10 ms, within 1%

  @http
  Scenario: The 95th percentile of twenty calls is the nineteenth fastest (U3)
    # Nearest rank: the ceiling of 95% of 20 is 19.
    Given the time is 2025-06-11T00:00:00Z
    And an ENTERPRISE organization "even" in UTC
    When calls of 1 to 20 ms, one of each, are recorded for "even" at 2025-06-10T09:30:00Z
    And the usage of "even" from 2025-06-10T00:00:00Z to 2025-06-11T00:00:00Z is read by day
    Then the usage totals 20 calls
    And the 95th-percentile latency of the period is 19 ms, within 1%
