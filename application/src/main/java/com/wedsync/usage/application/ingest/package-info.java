/** Recording what calls happened: batches of usage events, idempotent by event id, durable once acknowledged. */
package com.wedsync.usage.application.ingest;
