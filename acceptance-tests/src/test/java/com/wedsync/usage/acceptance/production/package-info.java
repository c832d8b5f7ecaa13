/**
 * Production mode end to end: service nodes on the real PostgreSQL and Redis sharing one truth across nodes, and
 * the service as production runs it (its own JVM, over PostgreSQL) under faults: PostgreSQL stopped during ingest
 * (CASES U4) and the service killed with SIGKILL during ingest, with a client that keeps a ledger of what was
 * acknowledged and checks it against the database.
 */
package com.wedsync.usage.acceptance.production;
