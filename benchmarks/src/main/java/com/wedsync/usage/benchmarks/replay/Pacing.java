package com.wedsync.usage.benchmarks.replay;

import java.util.Locale;

/**
 * How the replay spaces the requests it sends.
 * <ul>
 *   <li>{@link #TRACE}: all requests in time order, at {@code --speed} times the log's pace (0 = as fast as
 *       possible). Faithful to the traffic's shape, but which calls meet a full window depends on when each one
 *       arrives, so two runs (or two modes) admit a few calls more or less.</li>
 *   <li>{@link #BURSTS}: organization after organization, each sending all its requests of the log at once, as
 *       fast as the pool allows. When an organization's burst is over within a second, every limit sees every call,
 *       and what is admitted follows from the plan alone (the lowest finite limit, or every call): the same counts
 *       in every mode and on every run, which the replay then checks ({@link BurstExpectation}).</li>
 * </ul>
 */
public enum Pacing {
    TRACE, BURSTS;

    static Pacing named(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("--pacing must be 'trace' or 'bursts', was '" + value + "'");
        }
    }
}
