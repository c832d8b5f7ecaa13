package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.ManagementTokenId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;

import java.util.Optional;

/** Management tokens, admins only. */
public interface ManageTokensUseCase {

    CreatedSecret<ManagementToken> create(Principal principal, Role role, Optional<OrganizationId> organization);

    ManagementToken revoke(Principal principal, ManagementTokenId id);

    ManagementToken get(Principal principal, ManagementTokenId id);

    Page<ManagementToken> list(Principal principal, PageRequest page);
}
