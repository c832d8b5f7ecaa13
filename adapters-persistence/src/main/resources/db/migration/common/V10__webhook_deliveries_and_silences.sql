-- Portable SQL: H2 2.3 in PostgreSQL mode and PostgreSQL 15 both run this file unchanged.

-- Silences of one rule (rule_id set) or of every rule of one organization (rule_id NULL). organization_id is the
-- silenced organization, or the silenced rule's (NULL only for a rule of the system scope): erasure and the access
-- checks go by it. A silence mutes from starts_at (included) until ends_at (excluded); ending one early moves
-- ends_at, so the rows stay as the record of what was muted.
CREATE TABLE silence (
    id              VARCHAR(68)   PRIMARY KEY,
    rule_id         VARCHAR(69)   NULL,
    organization_id VARCHAR(64)   NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    comment_text    VARCHAR(1000) NULL,
    created_by      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT silence_target_ck CHECK (rule_id IS NOT NULL OR organization_id IS NOT NULL),
    CONSTRAINT silence_span_ck CHECK (ends_at >= starts_at)
);

-- The notifier asks "is this rule, or its organization, silenced now?" before every notice.
CREATE INDEX silence_rule_ix ON silence (rule_id, ends_at);
CREATE INDEX silence_organization_ix ON silence (organization_id, id);

-- The outbox of webhooks: one row per notice and channel, written before anything is sent. A sender leases a due
-- row by a conditional UPDATE (leased_until NULL or past), which only one node's UPDATE can win; H2 has no
-- SKIP LOCKED, and the lease also covers a node that dies while sending. lease_token guards the outcome: a sender
-- whose lease ran out cannot overwrite what the next holder stored. webhook_id is the notice's id, sent as the
-- webhook-id header; the UNIQUE constraint stores a notice once per URL. body is the exact JSON sent on every
-- attempt; signing_secret is the rule's, copied so that a delivery outlives an edit or deletion of its rule.
CREATE TABLE webhook_delivery (
    id              VARCHAR(68)   PRIMARY KEY,
    webhook_id      VARCHAR(100)  NOT NULL,
    organization_id VARCHAR(64)   NULL,
    url             VARCHAR(2000) NOT NULL,
    body            VARCHAR       NOT NULL,
    signing_secret  VARCHAR(100)  NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    leased_until    TIMESTAMP WITH TIME ZONE NULL,
    lease_token     VARCHAR(40)   NULL,
    last_error      VARCHAR(500)  NULL,
    CONSTRAINT webhook_delivery_notice_uq UNIQUE (webhook_id, url),
    CONSTRAINT webhook_delivery_state_ck CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED'))
);

-- The senders' question: which pending deliveries are due, longest due first.
CREATE INDEX webhook_delivery_due_ix ON webhook_delivery (state, next_attempt_at);
CREATE INDEX webhook_delivery_organization_ix ON webhook_delivery (organization_id);
