package com.wedsync.usage.application.metrics;

import com.wedsync.usage.application.decision.DecideCallCommand;
import com.wedsync.usage.application.decision.DecideCallUseCase;
import com.wedsync.usage.application.decision.DecisionOutcome;

/** The decision use case, counting every decision by outcome and timing it, whatever the answer. */
public final class MeteredDecideCall implements DecideCallUseCase {

    private final DecideCallUseCase decideCall;
    private final OperationalMetrics metrics;

    public MeteredDecideCall(DecideCallUseCase decideCall, OperationalMetrics metrics) {
        this.decideCall = decideCall;
        this.metrics = metrics;
    }

    @Override
    public DecisionOutcome decide(DecideCallCommand command) {
        long started = System.nanoTime();
        DecisionOutcome outcome;
        try {
            outcome = decideCall.decide(command);
        } catch (RuntimeException failed) {
            metrics.decisionFailed(System.nanoTime() - started);
            throw failed;
        }
        metrics.decided(outcome.decision(), System.nanoTime() - started);
        return outcome;
    }
}
