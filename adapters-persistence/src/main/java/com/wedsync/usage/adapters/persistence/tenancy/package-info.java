/** Organizations, API keys and management tokens in SQL tables, mapped to and from the domain's records. */
package com.wedsync.usage.adapters.persistence.tenancy;
