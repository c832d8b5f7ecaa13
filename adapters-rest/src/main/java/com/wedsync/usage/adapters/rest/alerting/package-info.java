/**
 * {@code /v1/alert-rules} (alert rules of organizations and of the system) and {@code POST /api/usage-analytics}
 * (an organization's usage alert thresholds, the original endpoint).
 */
package com.wedsync.usage.adapters.rest.alerting;
