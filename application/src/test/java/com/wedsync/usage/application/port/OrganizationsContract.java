package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link Organizations} store promises: organizations come back as they were stored, overrides and
 * calendar included; an id is taken once; lists page through every organization in id order.
 */
public abstract class OrganizationsContract {

    protected static final Instant CREATED = Instant.parse("2024-01-15T09:30:00.123456Z");

    protected Organizations organizations;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract Organizations newOrganizations();

    @BeforeEach
    void createStore() {
        organizations = newOrganizations();
    }

    @Test
    void anAddedOrganizationIsFoundAsItWasAdded() {
        LimitOverrides overrides = new LimitOverrides(
                Map.of(LimitName.DAILY, OptionalLong.of(500), LimitName.MINUTE, OptionalLong.empty()));
        Organization acme = organization("acme").withTimeZone(ZoneId.of("Europe/Berlin")).withOverrides(overrides);

        assertThat(organizations.add(acme)).isTrue();

        assertThat(organizations.find(acme.id())).contains(acme);
    }

    @Test
    void addingATakenIdAnswersFalseAndKeepsTheFirst() {
        Organization first = organization("acme");
        organizations.add(first);

        assertThat(organizations.add(first.withName("Impostor Inc."))).isFalse();

        assertThat(organizations.find(first.id())).contains(first);
    }

    @Test
    void updateReplacesAnExistingOrganization() {
        Organization acme = organization("acme").withOverrides(
                new LimitOverrides(Map.of(LimitName.BURST, OptionalLong.of(3))));
        organizations.add(acme);
        Organization changed = acme.withTier(DefaultTiers.SCALE).withName("Acme Weddings")
                .withTimeZone(ZoneOffset.ofHours(2)).withOverrides(LimitOverrides.NONE);

        assertThat(organizations.update(changed)).isTrue();

        assertThat(organizations.find(acme.id())).contains(changed);
    }

    @Test
    void updateOfAnUnknownOrganizationAnswersFalse() {
        assertThat(organizations.update(organization("ghost"))).isFalse();
        assertThat(organizations.find(new OrganizationId("ghost"))).isEmpty();
    }

    @Test
    void listPagesThroughEveryOrganizationInIdOrder() {
        for (String id : List.of("org-03", "org-01", "org-05", "org-02", "org-04")) {
            organizations.add(organization(id));
        }

        List<List<String>> pages = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Organization> page = organizations.list(new PageRequest(2, cursor));
            pages.add(page.items().stream().map(organization -> organization.id().value()).toList());
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        assertThat(pages).containsExactly(List.of("org-01", "org-02"), List.of("org-03", "org-04"), List.of("org-05"));
    }

    @Test
    void aPageHoldingTheLastOrganizationHasNoNextCursor() {
        organizations.add(organization("org-01"));
        organizations.add(organization("org-02"));

        Page<Organization> page = organizations.list(PageRequest.first(2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void anEmptyStoreListsNothing() {
        assertThat(organizations.list(PageRequest.first(10))).isEqualTo(new Page<>(List.of(), Optional.empty()));
    }

    protected static Organization organization(String id) {
        return new Organization(new OrganizationId(id), "Organization " + id, DefaultTiers.STARTER, ZoneOffset.UTC,
                LimitOverrides.NONE, CREATED);
    }
}
