/** Tier definitions in SQL, seeded with the defaults the domain defines when a store is new. */
package com.wedsync.usage.adapters.persistence.quota;
