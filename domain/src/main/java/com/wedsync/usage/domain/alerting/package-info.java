/**
 * Alert rules: what is watched (a metric over a window, in the scope of one organization or the whole system), when
 * it breaches and clears, how severe a breach is, and where it is sent (signed webhooks). Incidents, what a breach
 * opens, live in {@code incident}.
 */
package com.wedsync.usage.domain.alerting;
