package com.wedsync.usage.application.decision;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/** Whose call is decided: named by the API key the call came with, or directly by organization. */
public sealed interface CallSubject {

    /** The raw key secret as the caller presented it; it is hashed before any lookup and never stored. */
    record ByApiKey(String secret) implements CallSubject {
        public ByApiKey {
            Require.present(secret, "apiKey");
        }

        @Override
        public String toString() {
            return "ByApiKey[secret hidden]";
        }
    }

    record ByOrganization(OrganizationId organizationId) implements CallSubject {
        public ByOrganization {
            Require.present(organizationId, "organizationId");
        }
    }
}
