/**
 * {@code /v1/incidents} and {@code POST /api/health-monitoring}: incidents listed, read with their histories,
 * triggered by hand, acknowledged and resolved.
 */
package com.wedsync.usage.adapters.rest.incident;
