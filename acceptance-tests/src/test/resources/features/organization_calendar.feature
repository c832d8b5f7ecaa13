Feature: The day is the organization's own day
  As an organization owner outside UTC
  I want my daily quota to start again at my midnight
  So that "today" means the same to WedSync as it does to my business, even when the clocks change

  Scenario: The day ends at midnight in Asia/Shanghai, not at midnight UTC (L9)
    # 23:30 in Shanghai is 15:30 UTC; 00:05 the next day is 16:05 UTC.
    Given the time is 2025-06-10T12:00:00Z
    And a FREE organization "wanda" in Asia/Shanghai
    And "wanda" makes 100 calls from 2025-06-10 23:10 local time, one every 12 seconds
    When "wanda" makes 1 call at 2025-06-10 23:30 local time
    And "wanda" makes 1 call at 2025-06-11 00:05 local time
    Then calls 1 to 100 are admitted
    And the answers are:
      | call | outcome  | daily remaining | daily reset | denied by | retry after |
      | 101  | denied   | 0               | 1800        | daily     | 1800        |
      | 102  | admitted | 99              | 86100       |           |             |

  Scenario Outline: A daylight-saving day of <hours> hours in America/New_York (L10)
    Given the time is <day before>T12:00:00Z
    And a FREE organization "gotham" in America/New_York
    When "gotham" makes one call at each of these local times:
      | local time            |
      | <day before> 23:59:59 |
      | <day> 00:00:00        |
      | <day> 23:00:00        |
      | <day after> 00:00:00  |
    Then the answers are:
      | call | outcome  | daily remaining | daily reset       |
      | 1    | admitted | 99              | 1                 |
      | 2    | admitted | 99              | <seconds in day>  |
      | 3    | admitted | 98              | 3600              |
      | 4    | admitted | 99              | 86400             |
    And the quota day that began at <day starts> ended at <day ends>

    Examples:
      | day        | day before | day after  | hours | seconds in day | day starts           | day ends             |
      | 2025-11-02 | 2025-11-01 | 2025-11-03 | 25    | 90000          | 2025-11-02T04:00:00Z | 2025-11-03T05:00:00Z |
      | 2025-03-09 | 2025-03-08 | 2025-03-10 | 23    | 82800          | 2025-03-09T05:00:00Z | 2025-03-10T04:00:00Z |
