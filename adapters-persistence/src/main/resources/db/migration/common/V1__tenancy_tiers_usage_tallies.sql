-- Portable SQL: H2 2.3 in PostgreSQL mode and PostgreSQL 15 both run this file unchanged.
-- Instants are TIMESTAMP WITH TIME ZONE (stored in UTC by the adapters), counts and sizes BIGINT.

CREATE TABLE tier (
    name           VARCHAR(32) PRIMARY KEY,
    limit_daily    BIGINT      NULL,
    limit_minute   BIGINT      NULL,
    limit_burst    BIGINT      NULL,
    retention_days INTEGER     NOT NULL,
    failure_mode   VARCHAR(16) NOT NULL
);

-- An override is a number (override_x), unlimited (override_x_unlimited) or absent (neither): the tier's limit applies.
CREATE TABLE organization (
    id                       VARCHAR(64)  PRIMARY KEY,
    name                     VARCHAR(200) NOT NULL,
    tier                     VARCHAR(32)  NOT NULL,
    time_zone                VARCHAR(64)  NOT NULL,
    override_daily           BIGINT       NULL,
    override_daily_unlimited BOOLEAN      NOT NULL,
    override_minute          BIGINT       NULL,
    override_minute_unlimited BOOLEAN     NOT NULL,
    override_burst           BIGINT       NULL,
    override_burst_unlimited BOOLEAN      NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organization_daily_override_ck CHECK (override_daily IS NULL OR NOT override_daily_unlimited),
    CONSTRAINT organization_minute_override_ck CHECK (override_minute IS NULL OR NOT override_minute_unlimited),
    CONSTRAINT organization_burst_override_ck CHECK (override_burst IS NULL OR NOT override_burst_unlimited)
);

CREATE TABLE api_key (
    id              VARCHAR(68)  PRIMARY KEY,
    organization_id VARCHAR(64)  NOT NULL,
    name            VARCHAR      NOT NULL,
    display_prefix  VARCHAR      NOT NULL,
    secret_hash     VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE NULL,
    CONSTRAINT api_key_secret_hash_uq UNIQUE (secret_hash)
);

CREATE INDEX api_key_organization_ix ON api_key (organization_id, created_at);

CREATE TABLE management_token (
    id              VARCHAR(68) PRIMARY KEY,
    role            VARCHAR(16) NOT NULL,
    organization_id VARCHAR(64) NULL,
    display_prefix  VARCHAR     NOT NULL,
    secret_hash     VARCHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE NULL,
    CONSTRAINT management_token_secret_hash_uq UNIQUE (secret_hash)
);

-- event_id is the caller's idempotency key: the primary key is what makes a repeated event a no-op.
CREATE TABLE usage_event (
    event_id        UUID         PRIMARY KEY,
    organization_id VARCHAR(64)  NOT NULL,
    api_key_id      VARCHAR(68)  NULL,
    endpoint        VARCHAR(200) NOT NULL,
    method          VARCHAR(8)   NOT NULL,
    status          SMALLINT     NOT NULL,
    latency_ms      INTEGER      NULL,
    request_bytes   BIGINT       NOT NULL,
    response_bytes  BIGINT       NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX usage_event_organization_time_ix ON usage_event (organization_id, occurred_at);

CREATE TABLE decision_tally (
    organization_id VARCHAR(64) NOT NULL,
    local_day       DATE        NOT NULL,
    admitted        BIGINT      NOT NULL,
    denied          BIGINT      NOT NULL,
    denied_daily    BIGINT      NOT NULL,
    denied_minute   BIGINT      NOT NULL,
    denied_burst    BIGINT      NOT NULL,
    CONSTRAINT decision_tally_pk PRIMARY KEY (organization_id, local_day)
);
