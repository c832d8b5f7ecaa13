package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.Principal;

/** Who lists which incidents, and which page of them. */
public record ListIncidentsCommand(Principal principal, IncidentFilter filter, PageRequest page) {

    public ListIncidentsCommand {
        Require.present(principal, "principal");
        Require.present(filter, "filter");
        Require.present(page, "page");
    }
}
