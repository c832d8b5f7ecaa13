/** Tiers and the limits they grant: daily quota, per-minute and burst limits, overrides and failure modes. */
package com.wedsync.usage.domain.quota;
