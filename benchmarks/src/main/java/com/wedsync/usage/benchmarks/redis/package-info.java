/**
 * Decisions through Redis, ours against the peers a team would otherwise pick (Redisson's {@code RRateLimiter},
 * Bucket4j over Redisson), on the same Redis in the same run; with the Redis CPU and memory each one costs.
 */
package com.wedsync.usage.benchmarks.redis;
