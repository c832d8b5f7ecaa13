package com.wedsync.usage.application.analytics;

/** The operators' view: the usage of all organizations together, and the busiest of them. */
public interface QuerySystemUsageUseCase {

    SystemUsageReport query(QuerySystemUsageCommand command);
}
