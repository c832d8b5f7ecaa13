package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.ConflictException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.InstantSource;
import java.util.List;

/** Organizations, written through to the store and forgotten by the directory at once. */
public final class ManageOrganizationsService implements ManageOrganizationsUseCase {

    private final Organizations organizations;
    private final Tiers tiers;
    private final TenantDirectory directory;
    private final SecretSource secrets;
    private final InstantSource clock;

    public ManageOrganizationsService(Organizations organizations, Tiers tiers, TenantDirectory directory,
                                      SecretSource secrets, InstantSource clock) {
        this.organizations = organizations;
        this.tiers = tiers;
        this.directory = directory;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public Organization create(OrganizationChanges.CreateOrganizationCommand command) {
        Permissions.requireAdmin(command.principal());
        requireTier(command.tier());
        OrganizationId id = command.id().orElseGet(() -> new OrganizationId("org_" + secrets.base62(12)));
        Organization organization = new Organization(id, command.name(), command.tier(), command.timeZone(),
                command.overrides(), clock.instant());
        if (!organizations.add(organization)) {
            throw new ConflictException("organization '" + id + "' exists already");
        }
        directory.forgetOrganization(id);
        return organization;
    }

    @Override
    public Organization update(OrganizationChanges.UpdateOrganizationCommand command) {
        Permissions.requireAdmin(command.principal());
        Organization current = organizations.find(command.id())
                .orElseThrow(() -> new NotFoundException("organization", command.id().value()));
        command.tier().ifPresent(this::requireTier);
        Organization changed = current;
        changed = command.name().map(changed::withName).orElse(changed);
        changed = command.tier().map(changed::withTier).orElse(changed);
        changed = command.timeZone().map(changed::withTimeZone).orElse(changed);
        changed = command.overrides().map(changed::withOverrides).orElse(changed);
        if (!organizations.update(changed)) {
            throw new NotFoundException("organization", command.id().value());
        }
        directory.forgetOrganization(changed.id());
        return changed;
    }

    @Override
    public Organization get(Principal principal, OrganizationId id) {
        Permissions.requireRead(principal, id);
        return organizations.find(id).orElseThrow(() -> new NotFoundException("organization", id.value()));
    }

    @Override
    public Page<Organization> list(Principal principal, PageRequest page) {
        if (principal.isAdmin()) {
            return organizations.list(page);
        }
        List<Organization> own = principal.organizationId().flatMap(organizations::find).stream().toList();
        return new Page<>(page.cursor().isPresent() ? List.of() : own, java.util.Optional.empty());
    }

    private void requireTier(TierName tier) {
        if (tiers.find(tier).isEmpty()) {
            throw new IllegalArgumentException("'tier' must name an existing tier, was \"" + tier + "\"");
        }
    }
}
