/**
 * The exact limit algorithms: rolling windows kept as a log of admitted cost, the daily quota on the
 * organization's calendar, and the all-or-nothing decision over all of them.
 */
package com.wedsync.usage.domain.ratelimit;
