package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

/** The checks every management use case makes, so that they all answer alike. */
final class Permissions {

    private Permissions() {
    }

    static void requireAdmin(Principal principal) {
        if (!principal.isAdmin()) {
            throw new AccessDeniedException("only an admin may do this");
        }
    }

    /** Another organization's object is reported missing (404), never forbidden: it must not be seen to exist. */
    static void requireRead(Principal principal, OrganizationId organization) {
        if (!principal.canRead(organization)) {
            throw new NotFoundException("organization", organization.value());
        }
    }

    static void requireManage(Principal principal, OrganizationId organization) {
        requireRead(principal, organization);
        if (!principal.canManage(organization)) {
            throw new AccessDeniedException("role " + principal.role().wireName() + " may only read");
        }
    }
}
