package com.wedsync.usage.application.analytics;

/** Reads an organization's usage; owners and viewers see their own organization only. */
public interface QueryUsageUseCase {

    /** @throws com.wedsync.usage.application.NotFoundException for an unknown organization, or another's */
    UsageReport query(QueryUsageCommand command);
}
