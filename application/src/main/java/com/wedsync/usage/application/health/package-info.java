/**
 * The health of the service's components (database, counter store, ingest backlog, alert evaluator), probed in
 * the background so that whoever asks reads the last snapshot and never waits for a component (DESIGN §2.8).
 */
package com.wedsync.usage.application.health;
