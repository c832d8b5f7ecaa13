-- The cost units admitted per organization-day, beside the number of admitted calls: with it the in-process
-- counters take over the day's quota after a restart (a call may cost more than one unit).
ALTER TABLE decision_tally ADD COLUMN admitted_cost BIGINT NOT NULL DEFAULT 0;
