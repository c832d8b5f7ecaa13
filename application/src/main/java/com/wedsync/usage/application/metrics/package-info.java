/**
 * Operational metrics: the counters, histograms and gauges the service keeps about itself (decisions, ingest,
 * latencies, health, alert evaluation, incidents), with no organization in any label, for an adapter to expose.
 */
package com.wedsync.usage.application.metrics;
