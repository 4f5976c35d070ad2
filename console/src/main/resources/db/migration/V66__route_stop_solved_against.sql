-- What a plan's stop was solved against (version 66): the window and the packages per zone the planner saw. A
-- published plan's arrival times only hold for that window, so labels, manifests and loading lists print the
-- window stored here, and a later booking, re-send or import that changes the stop shows as a difference between
-- this and the stop as it is now ("endret etter publisering"), instead of quietly printing 09:23 in 11:00-13:00.
-- Plans saved before this version get the stop's window and packages as they are now: the best that is known.
ALTER TABLE route_stop ADD COLUMN window_start TEXT NOT NULL DEFAULT '00:00';
ALTER TABLE route_stop ADD COLUMN window_end TEXT NOT NULL DEFAULT '00:00';
ALTER TABLE route_stop ADD COLUMN chilled_packages INTEGER NOT NULL DEFAULT 0 CHECK (chilled_packages >= 0);
ALTER TABLE route_stop ADD COLUMN frozen_packages INTEGER NOT NULL DEFAULT 0 CHECK (frozen_packages >= 0);
ALTER TABLE route_stop ADD COLUMN ambient_packages INTEGER NOT NULL DEFAULT 0 CHECK (ambient_packages >= 0);

UPDATE route_stop SET
    window_start = (SELECT s.window_start FROM stop s WHERE s.id = route_stop.stop_id),
    window_end = (SELECT s.window_end FROM stop s WHERE s.id = route_stop.stop_id),
    chilled_packages = (SELECT coalesce(sum(p.count), 0) FROM order_package p JOIN supplier_order o ON o.id = p.order_id
                        WHERE o.stop_id = route_stop.stop_id AND o.status = 'ACTIVE' AND p.zone = 'CHILLED'),
    frozen_packages = (SELECT coalesce(sum(p.count), 0) FROM order_package p JOIN supplier_order o ON o.id = p.order_id
                       WHERE o.stop_id = route_stop.stop_id AND o.status = 'ACTIVE' AND p.zone = 'FROZEN'),
    ambient_packages = (SELECT coalesce(sum(p.count), 0) FROM order_package p JOIN supplier_order o ON o.id = p.order_id
                        WHERE o.stop_id = route_stop.stop_id AND o.status = 'ACTIVE' AND p.zone = 'AMBIENT');
