/** Counter stores behind the quota decisions: the shared one on Redis and the in-process one. */
package com.wedsync.usage.adapters.redis;
