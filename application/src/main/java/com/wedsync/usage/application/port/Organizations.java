package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.Optional;

/** The organizations WedSync meters. */
public interface Organizations {

    /** Stores a new organization; false (and nothing stored) when its id is taken. */
    boolean add(Organization organization);

    /** Replaces an existing organization; false when there is none with that id. */
    boolean update(Organization organization);

    Optional<Organization> find(OrganizationId id);

    /** Ordered by id; the cursor is the last id of the previous page. */
    Page<Organization> list(PageRequest page);
}
