/** {@code /metrics}: the service's operational metrics in the Prometheus text exposition format. */
package com.wedsync.usage.adapters.rest.metrics;
