/** The in-process counter store: the embedded default, and the local fallback when Redis is unreachable. */
package com.wedsync.usage.adapters.redis.inprocess;
