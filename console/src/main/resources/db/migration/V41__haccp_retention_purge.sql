-- HACCP, version 41: a retention period. Records must be kept for the retention period (haccp.yaml,
-- retentionYears, at least 1); older ones may be deleted, but only by an explicit purge that leaves its own
-- append-only row. V1's triggers refused every DELETE; these refuse every DELETE that no purge row covers,
-- so a delete inside the retention period fails in SQLite itself, also from a SQL shell. UPDATE stays refused.
-- A record is covered when both what it records and when it was written lie before the purge's cutoff.

-- One row per purge: who, when, the cutoff, the retention in force, what was deleted, and the chain's head.
CREATE TABLE haccp_purge (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    cutoff_date        TEXT    NOT NULL, -- records before this day (the kitchen's zone) were deleted
    cutoff_at          TEXT    NOT NULL, -- the start of cutoff_date in the kitchen's zone: what the triggers compare
    retention_years    INTEGER NOT NULL CHECK (retention_years >= 1),
    reading_count      INTEGER NOT NULL,
    deviation_count    INTEGER NOT NULL,
    action_count       INTEGER NOT NULL,
    sign_off_count     INTEGER NOT NULL,
    link_count         INTEGER NOT NULL,
    chain_hash         TEXT    NOT NULL, -- the chain's head when purged (kept: as a link or a gap's last_hash)
    purged_by          INTEGER REFERENCES app_user (id),
    purged_by_name     TEXT    NOT NULL,
    purged_at          TEXT    NOT NULL
);

-- Each run of consecutive chain links a purge deleted: enough to bridge the hole when the chain is verified
-- (the next remaining link's prev_hash is last_hash) without keeping the deleted rows' content.
CREATE TABLE haccp_purge_gap (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    purge_id      INTEGER NOT NULL REFERENCES haccp_purge (id),
    first_link_id INTEGER NOT NULL,
    last_link_id  INTEGER NOT NULL,
    prev_hash     TEXT    NOT NULL, -- prev_hash of the first deleted link
    last_hash     TEXT    NOT NULL  -- hash of the last deleted link
);
CREATE INDEX haccp_purge_gap_purge ON haccp_purge_gap (purge_id);

-- The retention floor in the database too: a purge row whose cutoff lies inside its own retention period (counted
-- back from SQLite's clock) is refused, so no one can open the delete triggers below for recent records.
CREATE TRIGGER haccp_purge_outside_retention BEFORE INSERT ON haccp_purge
WHEN NEW.cutoff_date > date('now', '-' || NEW.retention_years || ' years')
  OR NEW.cutoff_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || NEW.retention_years || ' years')
BEGIN SELECT RAISE(ABORT, 'HACCP purge refused: the cutoff lies inside the retention period'); END;

CREATE TRIGGER haccp_purge_no_update BEFORE UPDATE ON haccp_purge
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only'); END;
CREATE TRIGGER haccp_purge_no_delete BEFORE DELETE ON haccp_purge
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only'); END;
CREATE TRIGGER haccp_purge_gap_no_update BEFORE UPDATE ON haccp_purge_gap
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only'); END;
CREATE TRIGGER haccp_purge_gap_no_delete BEFORE DELETE ON haccp_purge_gap
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only'); END;

-- V1's blanket delete refusals, replaced by ones that let a purge through (same names, so tools and tests that
-- name them still work).
DROP TRIGGER temperature_reading_no_delete;
CREATE TRIGGER temperature_reading_no_delete BEFORE DELETE ON temperature_reading
WHEN NOT EXISTS (SELECT 1 FROM haccp_purge p WHERE OLD.measured_at < p.cutoff_at AND OLD.recorded_at < p.cutoff_at)
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only inside the retention period: add a correction instead'); END;

-- A deviation's end (ended_at) must be before the cutoff too: an episode is purged whole.
DROP TRIGGER deviation_event_no_delete;
CREATE TRIGGER deviation_event_no_delete BEFORE DELETE ON deviation_event
WHEN NOT EXISTS (SELECT 1 FROM haccp_purge p WHERE OLD.started_at < p.cutoff_at AND OLD.recorded_at < p.cutoff_at
                 AND (OLD.ended_at IS NULL OR OLD.ended_at < p.cutoff_at))
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only inside the retention period: add a correction instead'); END;

DROP TRIGGER corrective_action_no_delete;
CREATE TRIGGER corrective_action_no_delete BEFORE DELETE ON corrective_action
WHEN NOT EXISTS (SELECT 1 FROM haccp_purge p WHERE OLD.performed_at < p.cutoff_at AND OLD.recorded_at < p.cutoff_at)
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only inside the retention period: add a correction instead'); END;

-- A sign-off's period is in days; it goes when the whole period ended before the cutoff day.
DROP TRIGGER sign_off_no_delete;
CREATE TRIGGER sign_off_no_delete BEFORE DELETE ON sign_off
WHEN NOT EXISTS (SELECT 1 FROM haccp_purge p WHERE OLD.period_to < p.cutoff_date AND OLD.signed_at < p.cutoff_at)
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only inside the retention period: add a correction instead'); END;

DROP TRIGGER haccp_chain_no_delete;
CREATE TRIGGER haccp_chain_no_delete BEFORE DELETE ON haccp_chain
WHEN NOT EXISTS (SELECT 1 FROM haccp_purge p WHERE OLD.recorded_at < p.cutoff_at)
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only inside the retention period'); END;

-- Limit versions are chained HACCP records but had no guard. They are never purged: a handful of rows per unit,
-- and the version in force when a kept reading was taken is needed to judge it.
CREATE TRIGGER limit_profile_no_update BEFORE UPDATE ON limit_profile
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a new limit version instead'); END;
CREATE TRIGGER limit_profile_no_delete BEFORE DELETE ON limit_profile
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: limit versions are never deleted'); END;
