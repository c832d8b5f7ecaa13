package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertMetricTest {

    private static final AlertScope ACME = AlertScope.of(new OrganizationId("acme"));

    @Test
    void theSystemHasNoQuotaAndOrganizationsHaveNoHealth() {
        assertThat(AlertMetric.QUOTA_UTILIZATION.appliesTo(ACME)).isTrue();
        assertThat(AlertMetric.QUOTA_UTILIZATION.appliesTo(AlertScope.system())).isFalse();
        assertThat(AlertMetric.HEALTH.appliesTo(AlertScope.system())).isTrue();
        assertThat(AlertMetric.HEALTH.appliesTo(ACME)).isFalse();
        assertThat(AlertMetric.ERROR_RATE.appliesTo(ACME)).isTrue();
        assertThat(AlertMetric.ERROR_RATE.appliesTo(AlertScope.system())).isTrue();
    }

    @Test
    void wireNamesAreTheOnesInTheDesign() {
        assertThat(AlertMetric.values()).extracting(AlertMetric::wireName).containsExactly("error_rate",
                "p95_latency_ms", "request_rate", "denied_rate", "quota_utilization", "health");
        assertThat(AlertMetric.fromWireName("p95_latency_ms")).contains(AlertMetric.P95_LATENCY_MS);
        assertThat(AlertMetric.fromWireName("P95")).isEmpty();
    }

    @Test
    void scopesHaveStableKeys() {
        assertThat(ACME.key()).isEqualTo("organization:acme");
        assertThat(AlertScope.system().key()).isEqualTo("system");
        assertThat(AlertScope.system().organizationId()).isEmpty();
    }
}
