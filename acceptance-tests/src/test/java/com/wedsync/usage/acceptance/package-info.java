/** Acceptance tests: the Cucumber suites (use cases, and HTTP), ArchUnit rules, and their support. */
package com.wedsync.usage.acceptance;
