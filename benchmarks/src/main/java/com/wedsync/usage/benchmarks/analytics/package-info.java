/** Analytics benchmarks: the organization view from the rollups against the same answer computed from raw events. */
package com.wedsync.usage.benchmarks.analytics;
