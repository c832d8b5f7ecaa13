-- Rollups of the usage log, kept in the same transaction as the events they count (see docs/analytics.md).
--
-- scope is an organization id or one of the system's shards ('~system-0' .. '~system-7'; no organization id
-- starts with '~'). kind is 'T' (all calls of a quarter hour), 'E' (one route's calls in a quarter hour) or 'D'
-- (one route's calls in a UTC day). bucket_start is UTC-aligned; endpoint and method are '' for kind 'T'.
-- latency is the stored form of a latency histogram (LatencyHistogram.toBytes); statuses lists the calls per HTTP
-- status as 'status:calls' pairs separated by commas, in status order. Every count is a sum over the events, so
-- rollups merge by adding.
CREATE TABLE usage_rollup (
    scope          VARCHAR(64)  NOT NULL,
    kind           CHAR(1)      NOT NULL,
    bucket_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    endpoint       VARCHAR(200) NOT NULL,
    method         VARCHAR(8)   NOT NULL,
    calls          BIGINT       NOT NULL,
    client_errors  BIGINT       NOT NULL,
    server_errors  BIGINT       NOT NULL,
    request_bytes  BIGINT       NOT NULL,
    response_bytes BIGINT       NOT NULL,
    latency        BYTEA        NOT NULL,
    statuses       VARCHAR(16000) NOT NULL,
    CONSTRAINT usage_rollup_pk PRIMARY KEY (scope, kind, bucket_start, endpoint, method),
    CONSTRAINT usage_rollup_kind_ck CHECK (kind IN ('T', 'E', 'D'))
);
