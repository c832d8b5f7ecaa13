/** Managing organizations, API keys, management tokens and tiers, and authenticating management principals. */
package com.wedsync.usage.application.tenancy;
