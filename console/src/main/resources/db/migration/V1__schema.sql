-- Smart Mat Console schema, version 1: the whole product's tables, so features extend rather than fight.
--
-- Conventions (jOOQ's code generator maps types from column names, see console/pom.xml):
--   *_id, id          INTEGER  -> Long
--   *_date, *_from, *_to       TEXT ISO date 'YYYY-MM-DD'          -> LocalDate
--   *_time, *_start, *_end     TEXT ISO time 'HH:MM'               -> LocalTime
--   *_at                       TEXT UTC instant 'YYYY-MM-DDTHH:MM:SS.sssZ' (fixed width, sorts) -> Instant
--   is_*, put_in_fridge        INTEGER 0/1 -> Boolean
-- Temperature zones are 'CHILLED', 'FROZEN', 'AMBIENT' everywhere.
-- HACCP tables (temperature_reading, deviation_event, corrective_action, sign_off, haccp_chain) are
-- append-only: triggers refuse UPDATE and DELETE; a correction is a new row pointing at the old one.

CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('COORDINATOR', 'KITCHEN', 'SUPERVISOR', 'ADMIN')),
    password_hash TEXT    NOT NULL,
    is_active     INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TEXT    NOT NULL,
    user_id     INTEGER REFERENCES app_user (id),
    username    TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   TEXT,
    details     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- ---------------------------------------------------------------- master data

CREATE TABLE area (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL UNIQUE,
    delivery_weekday INTEGER CHECK (delivery_weekday BETWEEN 1 AND 7), -- ISO: 1 = Monday; NULL = not yet set
    centre_lat       REAL,
    centre_lon       REAL,
    is_active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE driver (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    code        TEXT    NOT NULL UNIQUE, -- e.g. 'D-01', used in scenario files and client registers
    name        TEXT    NOT NULL,
    phone       TEXT,
    shift_start TEXT    NOT NULL DEFAULT '08:00',
    shift_end   TEXT    NOT NULL DEFAULT '15:30',
    is_active   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE vehicle (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    code              TEXT    NOT NULL UNIQUE, -- e.g. 'BIL-01'
    registration      TEXT    NOT NULL UNIQUE, -- e.g. 'EL 12345'
    description       TEXT,
    default_driver_id INTEGER REFERENCES driver (id),
    is_active         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE vehicle_compartment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id INTEGER NOT NULL REFERENCES vehicle (id),
    zone       TEXT    NOT NULL CHECK (zone IN ('CHILLED', 'FROZEN', 'AMBIENT')),
    capacity   INTEGER NOT NULL CHECK (capacity >= 0), -- packages (bags/totes)
    UNIQUE (vehicle_id, zone)
);

CREATE TABLE client (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    client_number     TEXT    NOT NULL UNIQUE,
    name              TEXT    NOT NULL,
    address           TEXT    NOT NULL,
    postcode          TEXT    NOT NULL CHECK (length(postcode) = 4),
    city              TEXT    NOT NULL,
    lat               REAL,
    lon               REAL,
    phone             TEXT,
    area_id           INTEGER REFERENCES area (id),
    access_notes      TEXT,   -- where the key box is, how to get in; printed on manifests
    key_box_code      TEXT,   -- the code itself: printed only when the kitchen turns that on
    put_in_fridge     INTEGER NOT NULL DEFAULT 0,
    diet_codes        TEXT    NOT NULL DEFAULT '', -- space separated, e.g. 'GLUTEN LAKTOSE'
    regular_driver_id INTEGER REFERENCES driver (id),
    service_minutes   INTEGER NOT NULL DEFAULT 7,
    active_from       TEXT,
    active_to         TEXT,   -- set when deactivated; clients with history are never deleted
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX client_area ON client (area_id);
CREATE INDEX client_name ON client (name);

-- ---------------------------------------------------------------- delivery slots

CREATE TABLE slot_template (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    area_id      INTEGER NOT NULL REFERENCES area (id),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    window_start TEXT    NOT NULL,
    window_end   TEXT    NOT NULL,
    capacity     INTEGER NOT NULL CHECK (capacity >= 0),
    is_default   INTEGER NOT NULL DEFAULT 0, -- the window an order with no booking gets
    UNIQUE (area_id, weekday, window_start, window_end)
);

-- An exception for one date overrides the template: a closed day, or other windows/capacities.
CREATE TABLE slot_exception (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    area_id        INTEGER NOT NULL REFERENCES area (id),
    exception_date TEXT    NOT NULL,
    window_start   TEXT,   -- NULL with capacity 0 closes the whole day
    window_end     TEXT,
    capacity       INTEGER NOT NULL CHECK (capacity >= 0),
    reason         TEXT    NOT NULL,
    created_by     INTEGER REFERENCES app_user (id),
    created_at     TEXT    NOT NULL
);
CREATE INDEX slot_exception_day ON slot_exception (area_id, exception_date);

-- The concrete windows of a day, made from template + exceptions when first needed. "booked" is
-- guarded by a CHECK so two coordinators can never sell the last place twice.
CREATE TABLE delivery_slot (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    area_id       INTEGER NOT NULL REFERENCES area (id),
    delivery_date TEXT    NOT NULL,
    window_start  TEXT    NOT NULL,
    window_end    TEXT    NOT NULL,
    capacity      INTEGER NOT NULL CHECK (capacity >= 0),
    booked        INTEGER NOT NULL DEFAULT 0,
    is_default    INTEGER NOT NULL DEFAULT 0,
    CHECK (booked >= 0 AND booked <= capacity),
    UNIQUE (area_id, delivery_date, window_start, window_end)
);

-- A client's standing weekly booking: the same window every delivery week until changed.
CREATE TABLE standing_booking (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id    INTEGER NOT NULL REFERENCES client (id),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    window_start TEXT    NOT NULL,
    window_end   TEXT    NOT NULL,
    valid_from   TEXT    NOT NULL,
    valid_to     TEXT,
    created_by   INTEGER REFERENCES app_user (id),
    created_at   TEXT    NOT NULL
);
CREATE INDEX standing_booking_client ON standing_booking (client_id);

-- A temporary stop of deliveries (hospital stay, holiday with family).
CREATE TABLE delivery_pause (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id  INTEGER NOT NULL REFERENCES client (id),
    pause_from TEXT    NOT NULL,
    pause_to   TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    created_by INTEGER REFERENCES app_user (id),
    created_at TEXT    NOT NULL,
    CHECK (pause_to >= pause_from)
);
CREATE INDEX delivery_pause_client ON delivery_pause (client_id);

-- A client's place in a concrete window on one date (standing or one-off).
CREATE TABLE slot_booking (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    slot_id       INTEGER NOT NULL REFERENCES delivery_slot (id),
    client_id     INTEGER NOT NULL REFERENCES client (id),
    delivery_date TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('STANDING', 'ONE_OFF')),
    is_override   INTEGER NOT NULL DEFAULT 0, -- booked after the cut-off by a coordinator's override
    created_by    INTEGER REFERENCES app_user (id),
    created_at    TEXT    NOT NULL,
    UNIQUE (client_id, delivery_date)
);

-- ---------------------------------------------------------------- orders and stops

CREATE TABLE order_batch (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    supplier        TEXT    NOT NULL,
    batch_reference TEXT    NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1, -- a corrected re-send of the same reference
    delivery_date   TEXT    NOT NULL,
    format          TEXT    NOT NULL CHECK (format IN ('CSV', 'JSON', 'UBL_DESPATCH', 'UBL_ORDER')),
    file_name       TEXT    NOT NULL,
    file_hash       TEXT    NOT NULL UNIQUE, -- SHA-256 of the file(s): the same content twice changes nothing
    order_count     INTEGER NOT NULL,
    package_count   INTEGER NOT NULL,
    imported_by     INTEGER REFERENCES app_user (id),
    imported_at     TEXT    NOT NULL,
    change_summary  TEXT    NOT NULL DEFAULT '',
    UNIQUE (supplier, batch_reference, revision)
);

-- One delivery to one client on one day: all orders for that client and day share it.
CREATE TABLE stop (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id       INTEGER NOT NULL REFERENCES client (id),
    delivery_date   TEXT    NOT NULL,
    window_start    TEXT    NOT NULL,
    window_end      TEXT    NOT NULL,
    service_minutes INTEGER NOT NULL DEFAULT 7,
    status          TEXT    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CANCELLED')),
    notes           TEXT    NOT NULL DEFAULT '',
    UNIQUE (client_id, delivery_date)
);
CREATE INDEX stop_day ON stop (delivery_date);

CREATE TABLE supplier_order (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    batch_id        INTEGER NOT NULL REFERENCES order_batch (id),
    order_reference TEXT    NOT NULL,
    client_id       INTEGER NOT NULL REFERENCES client (id),
    stop_id         INTEGER NOT NULL REFERENCES stop (id),
    delivery_date   TEXT    NOT NULL,
    kind            TEXT    NOT NULL DEFAULT 'GROCERY' CHECK (kind IN ('DINNER', 'GROCERY', 'OTHER')),
    status          TEXT    NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'REPLACED', 'EXCLUDED')),
    source_location TEXT    NOT NULL DEFAULT '' -- file and line or XML path it came from
);
CREATE INDEX supplier_order_batch ON supplier_order (batch_id);
CREATE INDEX supplier_order_stop ON supplier_order (stop_id);

CREATE TABLE order_package (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id     INTEGER NOT NULL REFERENCES supplier_order (id),
    package_code TEXT, -- SSCC or the supplier's bag id, when the batch has one
    zone         TEXT    NOT NULL CHECK (zone IN ('CHILLED', 'FROZEN', 'AMBIENT')),
    count        INTEGER NOT NULL CHECK (count > 0),
    description  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX order_package_order ON order_package (order_id);

CREATE TABLE order_line (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id             INTEGER NOT NULL REFERENCES supplier_order (id),
    gtin                 TEXT,
    item_name            TEXT    NOT NULL,
    quantity             REAL    NOT NULL CHECK (quantity >= 0),
    unit                 TEXT    NOT NULL DEFAULT '',
    outstanding_quantity REAL,
    outstanding_reason   TEXT
);
CREATE INDEX order_line_order ON order_line (order_id);

-- ---------------------------------------------------------------- plans and routes

CREATE TABLE plan (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_date     TEXT    NOT NULL,
    version           INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    score             TEXT    NOT NULL,
    is_feasible       INTEGER NOT NULL,
    distance_km       REAL    NOT NULL,
    previous_plan_id  INTEGER REFERENCES plan (id),
    created_by        INTEGER REFERENCES app_user (id),
    created_at        TEXT    NOT NULL,
    published_by      INTEGER REFERENCES app_user (id),
    published_at      TEXT,
    change_summary    TEXT    NOT NULL DEFAULT '',
    UNIQUE (delivery_date, version)
);

CREATE TABLE route (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id        INTEGER NOT NULL REFERENCES plan (id),
    vehicle_id     INTEGER NOT NULL REFERENCES vehicle (id),
    driver_id      INTEGER REFERENCES driver (id),
    departure_time TEXT    NOT NULL,
    return_time    TEXT    NOT NULL,
    distance_km    REAL    NOT NULL,
    UNIQUE (plan_id, vehicle_id)
);

CREATE TABLE route_stop (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    route_id       INTEGER NOT NULL REFERENCES route (id),
    stop_id        INTEGER NOT NULL REFERENCES stop (id),
    sequence       INTEGER NOT NULL,
    arrival_time   TEXT    NOT NULL,
    service_start  TEXT    NOT NULL,
    departure_time TEXT    NOT NULL,
    is_pinned      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (route_id, sequence)
);
CREATE INDEX route_stop_stop ON route_stop (stop_id);

CREATE TABLE plan_unassigned (
    plan_id INTEGER NOT NULL REFERENCES plan (id),
    stop_id INTEGER NOT NULL REFERENCES stop (id),
    PRIMARY KEY (plan_id, stop_id)
);

-- Who printed which document for which plan (a manifest is personal data leaving the building).
CREATE TABLE print_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id    INTEGER REFERENCES plan (id),
    document   TEXT    NOT NULL, -- 'LABELS', 'MANIFESTS', 'LOADING_LIST', 'HACCP_REPORT'
    scope      TEXT    NOT NULL DEFAULT '', -- route, client, period
    target     TEXT    NOT NULL, -- printer name or file path
    pages      INTEGER NOT NULL,
    printed_by INTEGER REFERENCES app_user (id),
    printed_at TEXT    NOT NULL
);

-- ---------------------------------------------------------------- HACCP

CREATE TABLE cold_unit (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    code                    TEXT    NOT NULL UNIQUE, -- e.g. 'KR-1', 'BIL-03-KJØL'
    name                    TEXT    NOT NULL,
    kind                    TEXT    NOT NULL CHECK (kind IN ('COLD_ROOM', 'FRIDGE', 'FREEZER', 'BLAST_CHILLER',
                                                             'HOT_HOLDING', 'VAN_CHILLED', 'VAN_FROZEN')),
    location                TEXT    NOT NULL DEFAULT '',
    vehicle_id              INTEGER REFERENCES vehicle (id),
    instrument_id           TEXT    NOT NULL DEFAULT '', -- sensor or thermometer id
    calibration_due_date    TEXT,
    sensor_interval_minutes INTEGER, -- NULL: read by hand on rounds
    is_active               INTEGER NOT NULL DEFAULT 1
);

-- Limits per unit, versioned by the date they take effect; a report applies the one in force.
CREATE TABLE limit_profile (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    cold_unit_id        INTEGER NOT NULL REFERENCES cold_unit (id),
    valid_from          TEXT    NOT NULL,
    min_celsius         REAL,   -- hot-holding: the lower bound; NULL for cold units
    max_celsius         REAL,   -- chilled 4.0, frozen -18.0
    yellow_max_celsius  REAL,   -- chilled: yellow up to this (6.9)
    red_celsius         REAL,   -- chilled: red at or above this (12.0)
    red_after_minutes   INTEGER, -- chilled: yellow-band readings longer than this become red (720)
    transport_tolerance REAL NOT NULL DEFAULT 0, -- frozen in transport: +3.0 tolerated
    alarm_delay_minutes INTEGER NOT NULL DEFAULT 30,
    delay_counting      TEXT    NOT NULL DEFAULT 'CONSECUTIVE' CHECK (delay_counting IN ('CONSECUTIVE', 'CUMULATIVE')),
    created_by          INTEGER REFERENCES app_user (id),
    created_at          TEXT    NOT NULL,
    UNIQUE (cold_unit_id, valid_from)
);

CREATE TABLE temperature_reading (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    cold_unit_id      INTEGER NOT NULL REFERENCES cold_unit (id),
    measured_at       TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL,
    value_celsius     REAL    NOT NULL,
    source            TEXT    NOT NULL CHECK (source IN ('MANUAL', 'SENSOR', 'IMPORT')),
    method            TEXT    NOT NULL DEFAULT 'AIR' CHECK (method IN ('AIR', 'PROBE')),
    instrument_id     TEXT    NOT NULL DEFAULT '',
    occasion          TEXT    NOT NULL DEFAULT '', -- 'MORNING', 'AFTERNOON', 'DEPARTURE', 'RETURN', ...
    is_late           INTEGER NOT NULL DEFAULT 0,
    recorded_by       INTEGER REFERENCES app_user (id),
    corrects_id       INTEGER REFERENCES temperature_reading (id),
    correction_reason TEXT,
    import_key        TEXT UNIQUE -- source + unit + time: re-importing the same data adds nothing
);
CREATE INDEX temperature_reading_unit_time ON temperature_reading (cold_unit_id, measured_at);

CREATE TABLE deviation_event (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    cold_unit_id  INTEGER NOT NULL REFERENCES cold_unit (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('TOO_WARM', 'TOO_COLD', 'MISSING_CHECK', 'COOLING_TOO_SLOW')),
    severity      TEXT    NOT NULL CHECK (severity IN ('YELLOW', 'RED')),
    started_at    TEXT    NOT NULL,
    ended_at      TEXT,   -- NULL while ongoing; a later row with supersedes_id records the end
    max_celsius   REAL,
    min_celsius   REAL,
    reading_id    INTEGER REFERENCES temperature_reading (id),
    supersedes_id INTEGER REFERENCES deviation_event (id),
    recorded_by   INTEGER REFERENCES app_user (id),
    recorded_at   TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX deviation_event_unit ON deviation_event (cold_unit_id, started_at);

CREATE TABLE corrective_action (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    deviation_id    INTEGER NOT NULL REFERENCES deviation_event (id),
    cause           TEXT    NOT NULL,
    action_taken    TEXT    NOT NULL,
    food_outcome    TEXT    NOT NULL CHECK (food_outcome IN ('KEPT', 'MOVED', 'DISCARDED', 'NONE')),
    performed_by    TEXT    NOT NULL,
    performed_at    TEXT    NOT NULL,
    is_closing      INTEGER NOT NULL DEFAULT 1,
    corrects_id     INTEGER REFERENCES corrective_action (id),
    recorded_by     INTEGER REFERENCES app_user (id),
    recorded_at     TEXT    NOT NULL
);

CREATE TABLE sign_off (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    period_from  TEXT    NOT NULL,
    period_to    TEXT    NOT NULL,
    cold_unit_id INTEGER REFERENCES cold_unit (id), -- NULL: all units
    comment      TEXT    NOT NULL DEFAULT '',
    signed_by    INTEGER NOT NULL REFERENCES app_user (id),
    signed_at    TEXT    NOT NULL
);

-- A hash chain over every HACCP row, in insertion order: editing or removing one breaks the chain.
CREATE TABLE haccp_chain (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    entity      TEXT NOT NULL, -- table name
    entity_id   INTEGER NOT NULL,
    payload     TEXT NOT NULL, -- canonical text of the row as written
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (entity, entity_id)
);

CREATE TRIGGER temperature_reading_no_update BEFORE UPDATE ON temperature_reading
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a correction instead'); END;
CREATE TRIGGER temperature_reading_no_delete BEFORE DELETE ON temperature_reading
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a correction instead'); END;
CREATE TRIGGER deviation_event_no_update BEFORE UPDATE ON deviation_event
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a correction instead'); END;
CREATE TRIGGER deviation_event_no_delete BEFORE DELETE ON deviation_event
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a correction instead'); END;
CREATE TRIGGER corrective_action_no_update BEFORE UPDATE ON corrective_action
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a correction instead'); END;
CREATE TRIGGER corrective_action_no_delete BEFORE DELETE ON corrective_action
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a correction instead'); END;
CREATE TRIGGER sign_off_no_update BEFORE UPDATE ON sign_off
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a correction instead'); END;
CREATE TRIGGER sign_off_no_delete BEFORE DELETE ON sign_off
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only: add a correction instead'); END;
CREATE TRIGGER haccp_chain_no_update BEFORE UPDATE ON haccp_chain
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only'); END;
CREATE TRIGGER haccp_chain_no_delete BEFORE DELETE ON haccp_chain
BEGIN SELECT RAISE(ABORT, 'HACCP records are append-only'); END;
