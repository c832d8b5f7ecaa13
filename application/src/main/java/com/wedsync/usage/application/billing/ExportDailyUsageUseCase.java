package com.wedsync.usage.application.billing;

/** The billing export; for owners (their own organization) and admins. */
public interface ExportDailyUsageUseCase {

    /**
     * @throws com.wedsync.usage.application.NotFoundException for an unknown organization, or another's
     * @throws com.wedsync.usage.application.AccessDeniedException for a viewer of the organization
     */
    DailyUsageExport export(ExportDailyUsageCommand command);
}
