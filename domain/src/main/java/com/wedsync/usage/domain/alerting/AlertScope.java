package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.Optional;

/** Whose traffic a rule watches: one organization's, or the whole system's. */
public sealed interface AlertScope {

    /** The organization watched; empty for the system. */
    Optional<OrganizationId> organizationId();

    /** A stable text form, part of an incident's fingerprint: {@code organization:acme} or {@code system}. */
    String key();

    static AlertScope of(OrganizationId organization) {
        return new Organization(organization);
    }

    static AlertScope system() {
        return System.INSTANCE;
    }

    /** One organization's traffic. */
    record Organization(OrganizationId id) implements AlertScope {

        public Organization {
            Require.present(id, "organizationId");
        }

        @Override
        public Optional<OrganizationId> organizationId() {
            return Optional.of(id);
        }

        @Override
        public String key() {
            return "organization:" + id.value();
        }
    }

    /** All organizations' traffic together, and the service's own health. */
    record System() implements AlertScope {

        private static final System INSTANCE = new System();

        @Override
        public Optional<OrganizationId> organizationId() {
            return Optional.empty();
        }

        @Override
        public String key() {
            return "system";
        }
    }
}
