package com.wedsync.usage.benchmarks.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Admitted and denied decisions per second, reported by JMH beside the throughput, so that both limiters are
 * seen to take the same mix of cheap and dear paths (a denial costs more than an admission in either).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Outcomes {

    public long admitted;
    public long denied;

    @Setup(Level.Iteration)
    public void reset() {
        admitted = 0;
        denied = 0;
    }

    void count(boolean wasAdmitted) {
        if (wasAdmitted) {
            admitted++;
        } else {
            denied++;
        }
    }
}
