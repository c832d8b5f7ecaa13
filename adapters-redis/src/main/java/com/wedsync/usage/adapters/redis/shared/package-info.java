/**
 * The shared counter store on Redis, standalone or Cluster: one Lua script per decision on keys hash-tagged by
 * organization, and the failover that decides locally, with this node's share of every limit, while Redis cannot
 * answer in time. Redisson stays inside this package; the rest of the service sees only {@code QuotaCounters}.
 */
package com.wedsync.usage.adapters.redis.shared;
