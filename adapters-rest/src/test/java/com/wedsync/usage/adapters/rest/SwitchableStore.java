package com.wedsync.usage.adapters.rest;

import java.util.concurrent.atomic.AtomicInteger;
import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.application.StoreUnavailableException;
import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Silences;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.adapters.persistence.rollup.RollupCheckReport;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.WebhookDeliveries;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;

/**
 * A real store whose database can be taken away and given back: while {@link #goAway() away}, every port call
 * fails as the persistence adapter fails when it cannot reach its database, and the store is not healthy.
 */
public final class SwitchableStore implements UsageStore {

    private final UsageStore real;
    private volatile boolean away;
    private final AtomicInteger healthChecks = new AtomicInteger();

    public SwitchableStore(UsageStore real) {
        this.real = real;
    }

    public void goAway() {
        away = true;
    }

    public void comeBack() {
        away = false;
    }

    /** How often the database's health was asked so far. */
    public int healthChecks() {
        return healthChecks.get();
    }

    @Override
    public Organizations organizations() {
        return switchable(Organizations.class, real.organizations());
    }

    @Override
    public ApiKeys apiKeys() {
        return switchable(ApiKeys.class, real.apiKeys());
    }

    @Override
    public ManagementTokens managementTokens() {
        return switchable(ManagementTokens.class, real.managementTokens());
    }

    @Override
    public Tiers tiers() {
        return switchable(Tiers.class, real.tiers());
    }

    @Override
    public UsageEventLog usageEventLog() {
        return switchable(UsageEventLog.class, real.usageEventLog());
    }

    @Override
    public UsageRollups usageRollups() {
        return switchable(UsageRollups.class, real.usageRollups());
    }

    @Override
    public RollupCheckReport checkRollups(Instant since) {
        return real.checkRollups(since);
    }

    @Override
    public DecisionTallies decisionTallies() {
        return switchable(DecisionTallies.class, real.decisionTallies());
    }

    @Override
    public Incidents incidents() {
        return switchable(Incidents.class, real.incidents());
    }

    @Override
    public AlertRules alertRules() {
        return switchable(AlertRules.class, real.alertRules());
    }

    @Override
    public Silences silences() {
        return switchable(Silences.class, real.silences());
    }

    @Override
    public WebhookDeliveries webhookDeliveries() {
        return switchable(WebhookDeliveries.class, real.webhookDeliveries());
    }

    @Override
    public boolean isHealthy() {
        healthChecks.incrementAndGet();
        return !away && real.isHealthy();
    }

    @Override
    public void eraseOrganization(OrganizationId organization) {
        failIfAway();
        real.eraseOrganization(organization);
    }

    @Override
    public void close() {
        real.close();
    }

    private <T> T switchable(Class<T> port, T target) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                failIfAway();
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private void failIfAway() {
        if (away) {
            throw new StoreUnavailableException("query failed",
                    new IllegalStateException("Connection to 127.0.0.1:5432 refused"));
        }
    }
}
