package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.application.health.HealthCheck;
import com.wedsync.usage.application.health.HealthReading;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shared counter store's health: Redis asked directly (waiting at most {@code wait}) and the failover's
 * circuit. Degraded, never unhealthy, while Redis does not answer: decisions still go ahead, on this node's share
 * of every limit once a decision has found Redis away (DESIGN §2.4).
 */
public final class SharedCountersHealth implements HealthCheck {

    private final RedisQuotaCounters redis;
    private final FailoverQuotaCounters failover;
    private final Duration wait;
    /** When Redis last answered a health ping: a degraded reading is still a reading, not an answer of Redis. */
    private volatile Instant lastAnswered;

    public SharedCountersHealth(RedisQuotaCounters redis, FailoverQuotaCounters failover, Duration wait) {
        this.redis = redis;
        this.failover = failover;
        this.wait = wait;
    }

    @Override
    public HealthReading check() {
        String unanswered = ping();
        if (unanswered == null) {
            lastAnswered = Instant.now();
        }
        HealthReading reading = reading(unanswered);
        Instant answered = lastAnswered;
        return answered == null ? reading : reading.withLastSuccess(answered);
    }

    private HealthReading reading(String unanswered) {
        if (failover.isDegraded()) {
            return HealthReading.degraded("deciding with this node's share of every limit until Redis answers"
                    + (unanswered == null ? " (it answers again: the pending counts are being folded)"
                    : " (" + unanswered + ")"));
        }
        if (unanswered != null) {
            return HealthReading.degraded(unanswered + "; decisions will fall back to this node's share");
        }
        return HealthReading.healthy();
    }

    /** Null when Redis answered in time, else what went wrong. */
    private String ping() {
        try {
            redis.pingAsync().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while asking Redis";
        } catch (TimeoutException e) {
            return "Redis did not answer within " + wait.toMillis() + " ms";
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return "Redis failed to answer: " + cause.getMessage();
        }
    }
}
