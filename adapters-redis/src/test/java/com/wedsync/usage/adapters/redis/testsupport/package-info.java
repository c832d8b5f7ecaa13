/** Redis servers that the adapter's tests start on free local ports, alone or as a Cluster, and stop again. */
package com.wedsync.usage.adapters.redis.testsupport;
