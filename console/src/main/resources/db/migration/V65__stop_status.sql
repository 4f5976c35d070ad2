-- The stop's state, version 65 (day plan, versions 65-69). V1 knew only OPEN and CANCELLED, so whether a stop was on
-- a plan, and whether that plan was published, was worked out by each reader with its own join. The state is now
-- stored with the stop and kept by the console (stops.StopStates) whenever a plan is saved or published or an
-- import changes the day:
--   OPEN       to be delivered, on no plan yet (or left out of the plans)
--   PLANNED    on the day's newest plan, which is a draft
--   PUBLISHED  on the day's published plan: labels and manifests print it
--   CANCELLED  no order left for it (a corrected re-send withdrew them)
--   DELIVERED  recorded as delivered when the driver is back (returns; not written yet)
-- SQLite cannot change a column's CHECK in place, and rebuilding the table would have to switch foreign keys off,
-- which a migration's transaction cannot do. So a new column takes the values, the old one (whose CHECK names only
-- itself, which lets it be dropped) goes, and the new one takes its name.
ALTER TABLE stop ADD COLUMN state TEXT NOT NULL DEFAULT 'OPEN'
    CHECK (state IN ('OPEN', 'PLANNED', 'PUBLISHED', 'CANCELLED', 'DELIVERED'));
UPDATE stop SET state = status;
ALTER TABLE stop DROP COLUMN status;
ALTER TABLE stop RENAME COLUMN state TO status;

-- The states of existing stops, by the same rule the console applies: on the day's published plan, else on the
-- day's newest plan (a draft), else open.
UPDATE stop SET status = 'PUBLISHED'
WHERE status = 'OPEN' AND id IN (
    SELECT rs.stop_id FROM route_stop rs JOIN route r ON r.id = rs.route_id JOIN plan p ON p.id = r.plan_id
    WHERE p.status = 'PUBLISHED' AND p.delivery_date = stop.delivery_date);
UPDATE stop SET status = 'PLANNED'
WHERE status = 'OPEN' AND id IN (
    SELECT rs.stop_id FROM route_stop rs JOIN route r ON r.id = rs.route_id JOIN plan p ON p.id = r.plan_id
    WHERE p.delivery_date = stop.delivery_date
      AND p.version = (SELECT max(version) FROM plan q WHERE q.delivery_date = stop.delivery_date));
CREATE INDEX stop_day_status ON stop (delivery_date, status);
