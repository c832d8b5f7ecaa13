/** The pure domain of the usage monitor: tiers, limits and their algorithms, usage events, tenancy; JDK only. */
package com.wedsync.usage.domain;
