package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/** One organization's calls and errors (4xx and 5xx) over a range. */
public record OrganizationCalls(OrganizationId organization, long calls, long errors) {

    public OrganizationCalls {
        Require.present(organization, "organization");
    }
}
