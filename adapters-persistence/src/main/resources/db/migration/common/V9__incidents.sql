-- Portable SQL: H2 2.3 in PostgreSQL mode and PostgreSQL 15 both run this file unchanged.
-- Incidents and the steps of their histories (docs/incidents.md). Nothing here refers to the alert rules' tables:
-- an incident names its rule by id only, and a manual incident has none.

-- At most one open incident per fingerprint, whichever service node opens it, is this table's UNIQUE constraint on
-- open_fingerprint: it holds the fingerprint while the incident is open and NULL once it is resolved, and both
-- databases let any number of rows hold NULL under a UNIQUE constraint. (A partial unique index on fingerprint
-- WHERE the incident is open would say the same; H2 has none.) The state column mirrors the last step, so that
-- lists can filter on it and a step can be stored only onto the state it was taken from.
CREATE TABLE incident (
    id               VARCHAR(68)   PRIMARY KEY,
    fingerprint      VARCHAR(256)  NOT NULL,
    open_fingerprint VARCHAR(256)  NULL,
    state            VARCHAR(16)   NOT NULL,
    organization_id  VARCHAR(64)   NULL,
    rule_id          VARCHAR(69)   NULL,
    severity         VARCHAR(16)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    details          VARCHAR(4000) NULL,
    triggered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT incident_open_fingerprint_uq UNIQUE (open_fingerprint),
    CONSTRAINT incident_state_ck CHECK (state IN ('TRIGGERED', 'ACKNOWLEDGED', 'RESOLVED')),
    CONSTRAINT incident_open_ck CHECK ((state = 'RESOLVED' AND open_fingerprint IS NULL)
        OR (state <> 'RESOLVED' AND open_fingerprint = fingerprint))
);

-- Lists are newest first, over everything or over one organization.
CREATE INDEX incident_triggered_ix ON incident (triggered_at, id);
CREATE INDEX incident_organization_ix ON incident (organization_id, triggered_at, id);

-- step_no is the step's place in the history (1 triggered, 2 and 3 what followed): the primary key makes a step
-- that two nodes both took stored once.
CREATE TABLE incident_step (
    incident_id  VARCHAR(68)   NOT NULL,
    step_no      SMALLINT      NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    taken_by     VARCHAR(200)  NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    comment_text VARCHAR(2000) NULL,
    CONSTRAINT incident_step_pk PRIMARY KEY (incident_id, step_no),
    CONSTRAINT incident_step_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);
