/**
 * Public probes and health: liveness, readiness, the health summary (with each component's figures for admins),
 * and the constant ping route benchmarks compare against.
 */
package com.wedsync.usage.adapters.rest.health;
