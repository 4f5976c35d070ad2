-- Changes after publishing (version 67): a booking, a re-send, a new order, a client's new address or a pause that
-- touches a stop of a day whose plan is already published. The published plan is not changed (drivers may hold its
-- papers); the change is recorded here against that plan version, shown where it was made, on the day's plan
-- («endret etter publisering») and when its documents are printed, until a newer version is published
-- (resolution REPLANNED) or the coordinator accepts the published plan as it is (ACCEPTED). A difference that
-- disappears again (the window booked back) is closed as REVERTED. Rows are never deleted.
CREATE TABLE published_stop_change (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id         INTEGER NOT NULL REFERENCES plan (id), -- the published version the change came after
    stop_id         INTEGER NOT NULL REFERENCES stop (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('WINDOW', 'PACKAGES', 'ADDRESS', 'ADDED', 'CANCELLED', 'PAUSED',
                                                     'CLIENT_INACTIVE')),
    before_value    TEXT    NOT NULL DEFAULT '', -- language-neutral, e.g. '09:00-15:00', 'CHILLED=2 FROZEN=1 AMBIENT=0'
    after_value     TEXT    NOT NULL DEFAULT '',
    changed_by      INTEGER REFERENCES app_user (id),
    changed_by_name TEXT    NOT NULL, -- headless changes have no user row: 'cli:<login>'
    changed_at      TEXT    NOT NULL,
    resolution      TEXT    CHECK (resolution IN ('REPLANNED', 'ACCEPTED', 'REVERTED')), -- NULL while open
    resolved_by     INTEGER REFERENCES app_user (id),
    resolved_by_name TEXT,
    resolved_at     TEXT
);
CREATE INDEX published_stop_change_plan ON published_stop_change (plan_id, resolution);
CREATE INDEX published_stop_change_stop ON published_stop_change (stop_id);
