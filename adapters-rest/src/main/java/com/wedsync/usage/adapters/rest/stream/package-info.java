/** The live stream over HTTP: server-sent events of per-second totals, resumable with {@code Last-Event-ID}. */
package com.wedsync.usage.adapters.rest.stream;
