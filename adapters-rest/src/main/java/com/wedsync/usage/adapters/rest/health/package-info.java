/** Public probes: liveness, readiness, and the constant ping route benchmarks compare against. */
package com.wedsync.usage.adapters.rest.health;
