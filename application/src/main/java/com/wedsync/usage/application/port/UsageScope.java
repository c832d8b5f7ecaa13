package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/** Whose usage the analytics read: one organization's, or the whole system's. */
public sealed interface UsageScope {

    static UsageScope of(OrganizationId organization) {
        return new Organization(organization);
    }

    static UsageScope system() {
        return new System();
    }

    record Organization(OrganizationId id) implements UsageScope {
        public Organization {
            Require.present(id, "id");
        }
    }

    record System() implements UsageScope {
    }
}
