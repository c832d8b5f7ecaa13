-- Rollup changes not yet merged into usage_rollup (see docs/analytics.md, "Kept in the transaction of the append").
--
-- On PostgreSQL an append inserts its group's rollup changes here, one row per cell it changes, in its own
-- transaction: plain inserts, no key and no row lock, so concurrent appends that count in the same cells no longer
-- queue behind each other. A background compactor deletes these rows in chunks and adds them to usage_rollup in the
-- same short transaction; every reader adds the rows of both tables per cell, so an answer is the same before and
-- after compaction, and an acknowledged event is counted at once. The embedded store writes usage_rollup directly
-- and leaves this table empty. Same columns as usage_rollup, no primary key: a cell may have many rows here.
CREATE TABLE usage_rollup_delta (
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
    statuses       VARCHAR(16000) NOT NULL
);

-- The readers' conditions (a scope, a kind, a time range), as on usage_rollup's primary key.
CREATE INDEX usage_rollup_delta_cell_ix ON usage_rollup_delta (scope, kind, bucket_start);
