package com.wedsync.usage.application.health;

/**
 * Asks one component how it is. It may block (a database that does not answer); the prober gives it a thread of
 * its own and reports the component unhealthy once an answer is overdue, so nobody else waits for it. A check that
 * throws makes its component unhealthy with the exception's message.
 */
@FunctionalInterface
public interface HealthCheck {

    HealthReading check();
}
