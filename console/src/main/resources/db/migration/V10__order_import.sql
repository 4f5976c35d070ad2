-- Order import (feature "orders", versions 10-19).
-- Who imported a batch, by name: headless imports have no app_user row (imported_by stays NULL), and the
-- history shows "cli:<login>" for them, as the audit log does.
ALTER TABLE order_batch ADD COLUMN imported_by_name TEXT NOT NULL DEFAULT '';

-- A corrected re-send looks up the batch's earlier revisions and their orders by these.
CREATE INDEX order_batch_reference ON order_batch (supplier, batch_reference);
CREATE INDEX supplier_order_client_day ON supplier_order (client_id, delivery_date);
