-- HACCP, version 40: what the V1 tables lack for logger imports, handheld thermometers, rule names and
-- sign-offs that anchor the hash chain. Naming conventions as in V1 (see its header).

-- How a logger's CSV export reads, remembered per source (the logger system or file family), so the
-- second import of the same kind of file needs no questions. Settings, not HACCP records: may be updated.
CREATE TABLE haccp_import_source (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT    NOT NULL UNIQUE,
    timestamp_column  TEXT    NOT NULL,
    timestamp_pattern TEXT    NOT NULL, -- java.time pattern, e.g. 'dd.MM.yyyy HH:mm', or 'ISO'
    value_column      TEXT    NOT NULL,
    temperature_unit  TEXT    NOT NULL DEFAULT 'C' CHECK (temperature_unit IN ('C', 'F')),
    is_decimal_comma  INTEGER NOT NULL DEFAULT 1,
    zone_name         TEXT    NOT NULL DEFAULT 'Europe/Oslo', -- time zone of timestamps without an offset
    cold_unit_id      INTEGER REFERENCES cold_unit (id), -- the unit this source usually feeds
    updated_by        INTEGER REFERENCES app_user (id),
    updated_at        TEXT    NOT NULL
);

-- Handheld (probe) thermometers used on rounds; each needs calibration like the units' own sensors.
CREATE TABLE haccp_thermometer (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    code                 TEXT    NOT NULL UNIQUE, -- e.g. 'TERM-1', written on the thermometer
    description          TEXT    NOT NULL DEFAULT '',
    calibration_due_date TEXT,
    is_active            INTEGER NOT NULL DEFAULT 1
);

-- The rule that raised an automatic deviation ('' for one entered by a person), and a void mark for a
-- deviation that a correction of its reading took away (the row stays; a later row says so).
ALTER TABLE deviation_event ADD COLUMN rule TEXT NOT NULL DEFAULT '';
ALTER TABLE deviation_event ADD COLUMN is_void INTEGER NOT NULL DEFAULT 0;

-- The head of the hash chain when the period was signed: rewriting the chain after a sign-off shows.
ALTER TABLE sign_off ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';

CREATE INDEX deviation_event_supersedes ON deviation_event (supersedes_id);
CREATE INDEX corrective_action_deviation ON corrective_action (deviation_id);
CREATE INDEX temperature_reading_corrects ON temperature_reading (corrects_id);
