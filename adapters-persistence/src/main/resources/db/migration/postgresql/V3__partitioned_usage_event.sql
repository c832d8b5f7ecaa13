-- PostgreSQL only: Flyway runs this location after db/migration/common for the production store, never for H2.
--
-- Version numbers are shared between the two locations, and Flyway orders them together. V3 belongs to this
-- file: the next common migration is V4, and a later PostgreSQL-only migration takes a version no common one
-- uses (Flyway refuses to start on PostgreSQL when both locations hold the same version).
--
-- 1. The usage log becomes RANGE-partitioned by month of occurred_at (UTC), so that retention drops whole months
--    instead of deleting rows. There is no DEFAULT partition: the store creates each month's partition ahead of
--    time and on demand, and a DEFAULT partition would make every new partition scan it and block detaching
--    partitions CONCURRENTLY. Partitions are named usage_event_pYYYY_MM; the store creates them, not Flyway.
-- 2. A partitioned table's unique index must include the partition key, so the primary key can no longer be
--    event_id alone. The idempotency key moves to usage_event_key, a plain table whose primary key is event_id
--    alone: an event is stored only if its key row was inserted in the same transaction (see docs/postgresql.md).
-- 3. Ids and names that lists page or sort through compare bytewise (COLLATE "C"), as Java compares the cursor
--    and as H2 orders them, whatever the database's default collation; usage_event.organization_id too, so that
--    retention can match it against organization.id without a collation conflict.

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM usage_event) THEN
        RAISE EXCEPTION 'usage_event holds rows; V3 replaces it by a partitioned table and would lose them';
    END IF;
END
$$;

DROP TABLE usage_event;

CREATE TABLE usage_event (
    event_id        UUID         NOT NULL,
    organization_id VARCHAR(64)  COLLATE "C" NOT NULL,
    api_key_id      VARCHAR(68)  NULL,
    endpoint        VARCHAR(200) NOT NULL,
    method          VARCHAR(8)   NOT NULL,
    status          SMALLINT     NOT NULL,
    latency_ms      INTEGER      NULL,
    request_bytes   BIGINT       NOT NULL,
    response_bytes  BIGINT       NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL
) PARTITION BY RANGE (occurred_at);

-- Analytics reads one organization's time range; retention and erasure find one organization's rows with it.
CREATE INDEX usage_event_organization_time_ix ON usage_event (organization_id, occurred_at);

-- Events arrive roughly in time order, so a BRIN index over the time column is tiny and lets system-wide time
-- range scans skip block ranges.
CREATE INDEX usage_event_time_brin ON usage_event USING brin (occurred_at);

-- One row per stored event, inserted in the same transaction as the event (ON CONFLICT DO NOTHING decides which
-- events are new). occurred_at is the stored event's time, so that a key row goes when its event expires.
CREATE TABLE usage_event_key (
    event_id    UUID PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX usage_event_key_time_ix ON usage_event_key (occurred_at);

ALTER TABLE organization ALTER COLUMN id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE management_token ALTER COLUMN id TYPE VARCHAR(68) COLLATE "C";
ALTER TABLE tier ALTER COLUMN name TYPE VARCHAR(32) COLLATE "C";
