package com.wedsync.usage.application.live;

import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/** Checks who may watch what, then subscribes to the board. */
public final class WatchLiveUsageService implements WatchLiveUsageUseCase {

    private final TenantDirectory directory;
    private final LiveUsageBoard board;

    public WatchLiveUsageService(TenantDirectory directory, LiveUsageBoard board) {
        this.directory = directory;
        this.board = board;
    }

    @Override
    public LiveSubscription watch(WatchLiveUsageCommand command) {
        if (command.organizationId().isEmpty() && !command.principal().isAdmin()) {
            throw new AccessDeniedException("only an admin may watch the whole system; name an organization with "
                    + "'organizationId'");
        }
        command.organizationId().ifPresent(id -> requireReadable(command, id));
        return board.subscribe(command.organizationId(), command.lastSecondSeen());
    }

    private void requireReadable(WatchLiveUsageCommand command, OrganizationId id) {
        directory.organization(id).filter(found -> command.principal().canRead(found.id()))
                .orElseThrow(() -> new NotFoundException("organization", id.value()));
    }
}
