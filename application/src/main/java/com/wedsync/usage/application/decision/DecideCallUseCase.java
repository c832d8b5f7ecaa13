package com.wedsync.usage.application.decision;

/** Decides, atomically and exactly, whether a call may go ahead; an admitted call consumes from every limit. */
public interface DecideCallUseCase {

    /**
     * @throws com.wedsync.usage.application.InvalidApiKeyException when the key is unknown, revoked or expired
     * @throws com.wedsync.usage.application.NotFoundException when the organization does not exist
     */
    DecisionOutcome decide(DecideCallCommand command);
}
