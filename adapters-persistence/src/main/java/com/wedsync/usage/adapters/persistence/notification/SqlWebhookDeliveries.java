package com.wedsync.usage.adapters.persistence.notification;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.ClaimedDelivery;
import com.wedsync.usage.application.port.DeliveryState;
import com.wedsync.usage.application.port.WebhookDeliveries;
import com.wedsync.usage.application.port.WebhookDelivery;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import io.helidon.dbclient.DbRow;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The outbox in the {@code webhook_delivery} table (V10). A sender leases a delivery with a conditional UPDATE that
 * only one node can win, then stores the attempt's outcome under the lease's token and clears the lease.
 */
public final class SqlWebhookDeliveries implements WebhookDeliveries {

    /** How many due deliveries a claim looks at: enough that a sender losing a race to another finds the next. */
    private static final int CANDIDATES = 20;
    private static final String COLUMNS = "id, webhook_id, organization_id, url, body, signing_secret, state,"
            + " attempts, created_at, next_attempt_at, last_error";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM webhook_delivery";
    private static final String INSERT = "INSERT INTO webhook_delivery (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String DUE = "SELECT id FROM webhook_delivery WHERE state = 'PENDING'"
            + " AND next_attempt_at <= ? AND (leased_until IS NULL OR leased_until < ?)"
            + " ORDER BY next_attempt_at, id LIMIT " + CANDIDATES;
    private static final String LEASE = "UPDATE webhook_delivery SET leased_until = ?, lease_token = ?"
            + " WHERE id = ? AND state = 'PENDING' AND (leased_until IS NULL OR leased_until < ?)";
    private static final String OUTCOME = "UPDATE webhook_delivery SET state = ?, attempts = attempts + 1,"
            + " next_attempt_at = ?, last_error = ?, leased_until = NULL, lease_token = NULL"
            + " WHERE id = ? AND lease_token = ?";

    private final Statements sql;

    public SqlWebhookDeliveries(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    @Override
    public void enqueue(List<WebhookDelivery> deliveries) {
        sql.inTransaction(tx -> deliveries.forEach(delivery -> tx.dml(INSERT, values(delivery))));
    }

    @Override
    public Optional<ClaimedDelivery> claimNext(Instant now, Instant leasedUntil) {
        Object at = Timestamps.parameter(now);
        for (String id : sql.list(row -> row.column("id").getString(), DUE, at, at)) {
            String token = UUID.randomUUID().toString();
            if (sql.change(LEASE, Timestamps.parameter(leasedUntil), token, id, at) == 1) {
                return find(id).map(delivery -> new ClaimedDelivery(delivery, token));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean delivered(ClaimedDelivery claimed, Instant at) {
        return outcome(claimed, DeliveryState.DELIVERED, at, null);
    }

    @Override
    public boolean retry(ClaimedDelivery claimed, Instant nextAttemptAt, String error) {
        return outcome(claimed, DeliveryState.PENDING, nextAttemptAt, error);
    }

    @Override
    public boolean failed(ClaimedDelivery claimed, Instant at, String error) {
        return outcome(claimed, DeliveryState.FAILED, at, error);
    }

    @Override
    public Optional<WebhookDelivery> find(String id) {
        return sql.one(SELECT + " WHERE id = ?", id).map(SqlWebhookDeliveries::delivery);
    }

    @Override
    public List<WebhookDelivery> ofNotice(String webhookId) {
        return sql.list(SqlWebhookDeliveries::delivery, SELECT + " WHERE webhook_id = ? ORDER BY id", webhookId);
    }

    private boolean outcome(ClaimedDelivery claimed, DeliveryState state, Instant at, String error) {
        String shortened = error == null || error.length() <= WebhookDelivery.MAX_ERROR_LENGTH ? error
                : error.substring(0, WebhookDelivery.MAX_ERROR_LENGTH);
        return sql.change(OUTCOME, state.name(), Timestamps.parameter(at), shortened, claimed.delivery().id(),
                claimed.lease()) == 1;
    }

    private static Object[] values(WebhookDelivery delivery) {
        return new Object[] {delivery.id(), delivery.webhookId(),
                delivery.organization().map(OrganizationId::value).orElse(null), delivery.url().toString(),
                delivery.body(), delivery.secret().value(), delivery.state().name(), delivery.attempts(),
                Timestamps.parameter(delivery.createdAt()), Timestamps.parameter(delivery.nextAttemptAt()),
                delivery.lastError().orElse(null)};
    }

    private static WebhookDelivery delivery(DbRow row) {
        return new WebhookDelivery(row.column("id").getString(), row.column("webhook_id").getString(),
                row.column("organization_id").map(value -> new OrganizationId((String) value)),
                URI.create(row.column("url").getString()), row.column("body").getString(),
                new SigningSecret(row.column("signing_secret").getString()),
                DeliveryState.valueOf(row.column("state").getString()),
                ((Number) row.column("attempts").get()).intValue(),
                Timestamps.instant(row.column("created_at").get()),
                Timestamps.instant(row.column("next_attempt_at").get()),
                row.column("last_error").map(String.class::cast));
    }
}
