package com.wedsync.usage.application.live;

/** Watching usage second by second: admins the whole system or any organization, owners and viewers their own. */
public interface WatchLiveUsageUseCase {

    /**
     * The caller must close the subscription when its client leaves.
     *
     * @throws com.wedsync.usage.application.NotFoundException for an unknown organization, or another's
     * @throws com.wedsync.usage.application.AccessDeniedException for the whole system, unless an admin asks
     */
    LiveSubscription watch(WatchLiveUsageCommand command);
}
