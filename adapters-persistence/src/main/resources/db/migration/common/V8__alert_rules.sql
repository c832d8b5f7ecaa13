-- Portable SQL: H2 2.3 in PostgreSQL mode and PostgreSQL 15 both run this file unchanged.
-- Alert rules of organizations (organization_id set) and of the system (organization_id NULL). Enums are stored by
-- their Java names, thresholds in the metric's unit, durations in whole minutes and seconds (as the rule requires).
-- channel_urls holds the rule's webhook URLs in order, one per line (a URL never holds a line break), '' for none:
-- a rule has at most 10 and they are read and written with it, so a table of their own would buy nothing.
-- signing_secret is kept as it is, unlike API keys and tokens (hashed): the webhooks are signed with it.
CREATE TABLE alert_rule (
    id              VARCHAR(69)      PRIMARY KEY,
    organization_id VARCHAR(64)      NULL,
    name            VARCHAR(200)     NOT NULL,
    metric          VARCHAR(32)      NOT NULL,
    comparator      VARCHAR(32)      NOT NULL,
    threshold       DOUBLE PRECISION NOT NULL,
    clear_threshold DOUBLE PRECISION NOT NULL,
    window_minutes  INTEGER          NOT NULL,
    for_seconds     INTEGER          NOT NULL,
    severity        VARCHAR(16)      NOT NULL,
    channel_urls    VARCHAR          NOT NULL,
    signing_secret  VARCHAR(100)     NOT NULL,
    auto_resolve    BOOLEAN          NOT NULL,
    source          VARCHAR(32)      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The rules of one organization, in the id order of their pages; also the erasure's and the thresholds' lookup.
CREATE INDEX alert_rule_organization_ix ON alert_rule (organization_id, id);
