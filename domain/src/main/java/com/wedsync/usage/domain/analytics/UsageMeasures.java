package com.wedsync.usage.domain.analytics;

import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a rollup counts of the events it covers: calls, client (4xx) and server (5xx) errors, bytes both ways, the
 * latency histogram of the events that carried a latency, and the calls per HTTP status. Every measure is a sum, so
 * the measures of two sets of events add up to those of their union. Mutable: an accumulator.
 */
public final class UsageMeasures {

    private long calls;
    private long clientErrors;
    private long serverErrors;
    private long requestBytes;
    private long responseBytes;
    private final LatencyHistogram latency;
    private final SortedMap<Integer, Long> statuses;

    private UsageMeasures(long calls, long clientErrors, long serverErrors, long requestBytes, long responseBytes,
                          LatencyHistogram latency, SortedMap<Integer, Long> statuses) {
        this.calls = calls;
        this.clientErrors = clientErrors;
        this.serverErrors = serverErrors;
        this.requestBytes = requestBytes;
        this.responseBytes = responseBytes;
        this.latency = latency;
        this.statuses = statuses;
    }

    public static UsageMeasures none() {
        return new UsageMeasures(0, 0, 0, 0, 0, LatencyHistogram.empty(), new TreeMap<>());
    }

    /** Measures as stored: the counts must be non-negative and agree with the per-status calls. */
    public static UsageMeasures of(long calls, long clientErrors, long serverErrors, long requestBytes,
                                   long responseBytes, LatencyHistogram latency, SortedMap<Integer, Long> statuses) {
        if (calls < 0 || clientErrors < 0 || serverErrors < 0 || requestBytes < 0 || responseBytes < 0
                || clientErrors + serverErrors > calls || latency.count() > calls) {
            throw new IllegalArgumentException("rollup counts must be non-negative, with errors and latencies at"
                    + " most the calls, were " + calls + " calls, " + clientErrors + " 4xx, " + serverErrors + " 5xx");
        }
        return new UsageMeasures(calls, clientErrors, serverErrors, requestBytes, responseBytes, latency,
                new TreeMap<>(statuses));
    }

    public void add(UsageEvent event) {
        calls++;
        clientErrors += event.isClientError() ? 1 : 0;
        serverErrors += event.isServerError() ? 1 : 0;
        requestBytes += event.requestBytes();
        responseBytes += event.responseBytes();
        event.latencyMs().ifPresent(latency::record);
        statuses.merge(event.status(), 1L, Long::sum);
    }

    public void add(UsageMeasures other) {
        calls = Math.addExact(calls, other.calls);
        clientErrors = Math.addExact(clientErrors, other.clientErrors);
        serverErrors = Math.addExact(serverErrors, other.serverErrors);
        requestBytes = Math.addExact(requestBytes, other.requestBytes);
        responseBytes = Math.addExact(responseBytes, other.responseBytes);
        latency.add(other.latency);
        other.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
    }

    public long calls() {
        return calls;
    }

    public long clientErrors() {
        return clientErrors;
    }

    public long serverErrors() {
        return serverErrors;
    }

    public long errors() {
        return clientErrors + serverErrors;
    }

    public long requestBytes() {
        return requestBytes;
    }

    public long responseBytes() {
        return responseBytes;
    }

    /** The histogram itself, not a copy: read it, do not change it. */
    public LatencyHistogram latency() {
        return latency;
    }

    public SortedMap<Integer, Long> statuses() {
        return Collections.unmodifiableSortedMap(statuses);
    }

    /** Errors (4xx and 5xx) per call; 0 without calls. */
    public double errorRate() {
        return calls == 0 ? 0 : (double) errors() / calls;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UsageMeasures that && calls == that.calls && clientErrors == that.clientErrors
                && serverErrors == that.serverErrors && requestBytes == that.requestBytes
                && responseBytes == that.responseBytes && latency.equals(that.latency)
                && statuses.equals(that.statuses);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(calls) * 31 + latency.hashCode();
    }

    @Override
    public String toString() {
        return "UsageMeasures[calls=" + calls + ", 4xx=" + clientErrors + ", 5xx=" + serverErrors + ", latency="
                + latency + ", statuses=" + statuses + "]";
    }
}
