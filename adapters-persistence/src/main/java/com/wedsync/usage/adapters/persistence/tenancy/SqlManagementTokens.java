package com.wedsync.usage.adapters.persistence.tenancy;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.ManagementTokenId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Role;
import com.wedsync.usage.domain.tenancy.SecretHash;

import io.helidon.dbclient.DbRow;

import java.util.Optional;
import javax.sql.DataSource;

/** Management tokens in the {@code management_token} table; the role is stored by its enum name. */
public final class SqlManagementTokens implements ManagementTokens {

    /** Every column but the id first, then the id, so one value array serves the insert and the update. */
    private static final String COLUMNS =
            "role, organization_id, display_prefix, secret_hash, created_at, revoked_at, id";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM management_token";
    private static final String UPDATE = "UPDATE management_token SET role = ?, organization_id = ?,"
            + " display_prefix = ?, secret_hash = ?, created_at = ?, revoked_at = ? WHERE id = ?";

    private final Statements sql;

    public SqlManagementTokens(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    @Override
    public void add(ManagementToken token) {
        sql.change("INSERT INTO management_token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", values(token));
    }

    @Override
    public boolean update(ManagementToken token) {
        return sql.change(UPDATE, values(token)) == 1;
    }

    @Override
    public Optional<ManagementToken> find(ManagementTokenId id) {
        return sql.one(SELECT + " WHERE id = ?", id.value()).map(SqlManagementTokens::token);
    }

    @Override
    public Optional<ManagementToken> findBySecretHash(SecretHash hash) {
        return sql.one(SELECT + " WHERE secret_hash = ?", hash.hex()).map(SqlManagementTokens::token);
    }

    @Override
    public Page<ManagementToken> list(PageRequest page) {
        return KeysetPage.of(sql.list(SqlManagementTokens::token, SELECT + KeysetPage.clauses(page),
                KeysetPage.parameters(page)), page, token -> token.id().value());
    }

    private static Object[] values(ManagementToken token) {
        return new Object[] {token.role().name(), token.organizationId().map(OrganizationId::value).orElse(null),
                token.displayPrefix(), token.secretHash().hex(), Timestamps.parameter(token.createdAt()),
                token.revokedAt().map(Timestamps::parameter).orElse(null), token.id().value()};
    }

    private static ManagementToken token(DbRow row) {
        return new ManagementToken(new ManagementTokenId(row.column("id").getString()),
                Role.valueOf(row.column("role").getString()),
                row.column("organization_id").map(value -> new OrganizationId((String) value)),
                row.column("display_prefix").getString(), new SecretHash(row.column("secret_hash").getString()),
                Timestamps.instant(row.column("created_at").get()), row.column("revoked_at").map(Timestamps::instant));
    }
}
