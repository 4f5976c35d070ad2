-- Delivery windows: the week calendar reads a date range of every area at once, and the drill-down lists a
-- window's bookings; V1's unique keys start with area/client, so these two lookups need their own indexes.
CREATE INDEX delivery_slot_day ON delivery_slot (delivery_date);
CREATE INDEX slot_booking_slot ON slot_booking (slot_id);
CREATE INDEX delivery_pause_day ON delivery_pause (pause_from, pause_to);
