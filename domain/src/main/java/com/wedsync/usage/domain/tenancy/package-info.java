/** Organizations, their API keys, management tokens and the principals that act on them. */
package com.wedsync.usage.domain.tenancy;
