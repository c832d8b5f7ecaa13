package com.wedsync.usage.application.live;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Who watches the live seconds of the whole system ({@code organizationId} empty) or of one organization, resuming
 * after the second {@code lastSecondSeen} (epoch seconds) when a client reconnects.
 */
public record WatchLiveUsageCommand(Principal principal, Optional<OrganizationId> organizationId,
                                    OptionalLong lastSecondSeen) {

    public WatchLiveUsageCommand {
        Require.present(principal, "principal");
        Require.present(organizationId, "organizationId");
        Require.present(lastSecondSeen, "lastSecondSeen");
    }
}
