/**
 * Production mode end to end: service nodes on the real PostgreSQL and Redis, sharing one truth across nodes.
 */
package com.wedsync.usage.acceptance.production;
