package com.wedsync.usage.benchmarks.replay;

import java.time.Instant;

/**
 * One request of the access log: who sent it ({@code client}, the address field), when, the method and raw
 * request target (path with query), the status and the response size in bytes (0 where the log says "-").
 */
public record LogRequest(int lineNumber, String client, Instant time, String method, String target, int status,
                         long responseBytes) implements ParsedLine {
}
