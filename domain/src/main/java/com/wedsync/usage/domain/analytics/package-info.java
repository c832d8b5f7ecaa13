/** Analytics values: mergeable latency histograms and the rollup cells that usage events are counted into. */
package com.wedsync.usage.domain.analytics;
