package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

/** Creating, changing and reading organizations. Admins see all; owners and viewers their own only. */
public interface ManageOrganizationsUseCase {

    Organization create(OrganizationChanges.CreateOrganizationCommand command);

    Organization update(OrganizationChanges.UpdateOrganizationCommand command);

    Organization get(Principal principal, OrganizationId id);

    Page<Organization> list(Principal principal, PageRequest page);
}
