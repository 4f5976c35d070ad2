-- Who printed, by name: headless prints have no user row (printed_by is NULL), and the print log must still say
-- who took personal data out of the building. Same pattern as audit_log's user_id + username.
ALTER TABLE print_log ADD COLUMN printed_by_name TEXT NOT NULL DEFAULT '';
CREATE INDEX print_log_plan ON print_log (plan_id, printed_at);
