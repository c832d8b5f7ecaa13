package com.wedsync.usage.adapters.persistence.alerting;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.alerting.WebhookChannel;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import io.helidon.dbclient.DbRow;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code alert_rule} row layout (V8): a NULL organization is the system scope, channels one URL a line. */
final class AlertRuleRow {

    /** Every column but the id first, then the id, so one value array serves the insert and the update. */
    static final String COLUMNS = "organization_id, name, metric, comparator, threshold, clear_threshold,"
            + " window_minutes, for_seconds, severity, channel_urls, signing_secret, auto_resolve, source, created_at,"
            + " updated_at, id";
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    static final String ASSIGNMENTS = "organization_id = ?, name = ?, metric = ?, comparator = ?, threshold = ?,"
            + " clear_threshold = ?, window_minutes = ?, for_seconds = ?, severity = ?, channel_urls = ?,"
            + " signing_secret = ?, auto_resolve = ?, source = ?, created_at = ?, updated_at = ?";

    private AlertRuleRow() {
    }

    static Object[] values(AlertRule rule) {
        return new Object[] {rule.scope().organizationId().map(OrganizationId::value).orElse(null), rule.name(),
                rule.metric().name(), rule.comparator().name(), rule.threshold(), rule.clearThreshold(),
                (int) rule.window().toMinutes(), (int) rule.forDuration().toSeconds(), rule.severity().name(),
                rule.channels().stream().map(channel -> channel.url().toString()).collect(Collectors.joining("\n")),
                rule.signingSecret().value(), rule.autoResolve(), rule.source().name(),
                Timestamps.parameter(rule.createdAt()), Timestamps.parameter(rule.updatedAt()), rule.id().value()};
    }

    static AlertRule rule(DbRow row) {
        return new AlertRule(new AlertRuleId(text(row, "id")),
                row.column("organization_id").map(id -> AlertScope.of(new OrganizationId((String) id)))
                        .orElse(AlertScope.system()),
                text(row, "name"), AlertMetric.valueOf(text(row, "metric")),
                Comparator.valueOf(text(row, "comparator")), number(row, "threshold"), number(row, "clear_threshold"),
                Duration.ofMinutes(number(row, "window_minutes").longValue()),
                Duration.ofSeconds(number(row, "for_seconds").longValue()), Severity.valueOf(text(row, "severity")),
                channels(text(row, "channel_urls")), new SigningSecret(text(row, "signing_secret")),
                (Boolean) row.column("auto_resolve").get(), RuleSource.valueOf(text(row, "source")),
                Timestamps.instant(row.column("created_at").get()), Timestamps.instant(row.column("updated_at").get()));
    }

    private static List<WebhookChannel> channels(String lines) {
        return Arrays.stream(lines.split("\n")).filter(line -> !line.isEmpty())
                .map(url -> new WebhookChannel(URI.create(url))).toList();
    }

    private static String text(DbRow row, String column) {
        return row.column(column).getString();
    }

    private static Double number(DbRow row, String column) {
        return ((Number) row.column(column).get()).doubleValue();
    }
}
