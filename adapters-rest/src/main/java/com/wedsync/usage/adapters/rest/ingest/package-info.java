/** {@code POST /v1/usage-events}: batches of usage events, judged one by one. */
package com.wedsync.usage.adapters.rest.ingest;
