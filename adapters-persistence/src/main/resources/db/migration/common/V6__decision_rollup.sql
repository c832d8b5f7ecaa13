-- Decisions per organization and UTC-aligned quarter hour, flushed with decision_tally (the same counts, per local
-- day), so that the analytics series show admissions and denials per hour, day, week or month of any calendar.
CREATE TABLE decision_rollup (
    organization_id VARCHAR(64) NOT NULL,
    bucket_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    admitted        BIGINT      NOT NULL,
    admitted_cost   BIGINT      NOT NULL,
    denied          BIGINT      NOT NULL,
    denied_daily    BIGINT      NOT NULL,
    denied_minute   BIGINT      NOT NULL,
    denied_burst    BIGINT      NOT NULL,
    CONSTRAINT decision_rollup_pk PRIMARY KEY (organization_id, bucket_start)
);

CREATE INDEX decision_rollup_time_ix ON decision_rollup (bucket_start);
