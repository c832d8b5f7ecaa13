package com.wedsync.usage.adapters.persistence.tenancy;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.SecretHash;

import io.helidon.dbclient.DbRow;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** API keys in the {@code api_key} table; the secret's hash is unique and indexed, for metering lookups. */
public final class SqlApiKeys implements ApiKeys {

    /** Every column but the id first, then the id, so one value array serves the insert and the update. */
    private static final String COLUMNS =
            "organization_id, name, display_prefix, secret_hash, created_at, expires_at, revoked_at, id";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM api_key";
    private static final String UPDATE = "UPDATE api_key SET organization_id = ?, name = ?, display_prefix = ?,"
            + " secret_hash = ?, created_at = ?, expires_at = ?, revoked_at = ? WHERE id = ?";

    private final Statements sql;

    public SqlApiKeys(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    @Override
    public void add(ApiKey key) {
        sql.change("INSERT INTO api_key (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values(key));
    }

    @Override
    public boolean update(ApiKey key) {
        return sql.change(UPDATE, values(key)) == 1;
    }

    @Override
    public Optional<ApiKey> find(ApiKeyId id) {
        return sql.one(SELECT + " WHERE id = ?", id.value()).map(SqlApiKeys::apiKey);
    }

    @Override
    public Optional<ApiKey> findBySecretHash(SecretHash hash) {
        return sql.one(SELECT + " WHERE secret_hash = ?", hash.hex()).map(SqlApiKeys::apiKey);
    }

    @Override
    public List<ApiKey> listFor(OrganizationId organization) {
        return sql.list(SqlApiKeys::apiKey, SELECT + " WHERE organization_id = ? ORDER BY created_at, id",
                organization.value());
    }

    private static Object[] values(ApiKey key) {
        return new Object[] {key.organizationId().value(), key.name(), key.displayPrefix(), key.secretHash().hex(),
                Timestamps.parameter(key.createdAt()), key.expiresAt().map(Timestamps::parameter).orElse(null),
                key.revokedAt().map(Timestamps::parameter).orElse(null), key.id().value()};
    }

    private static ApiKey apiKey(DbRow row) {
        return new ApiKey(new ApiKeyId(row.column("id").getString()),
                new OrganizationId(row.column("organization_id").getString()), row.column("name").getString(),
                row.column("display_prefix").getString(), new SecretHash(row.column("secret_hash").getString()),
                Timestamps.instant(row.column("created_at").get()),
                row.column("expires_at").map(Timestamps::instant), row.column("revoked_at").map(Timestamps::instant));
    }
}
