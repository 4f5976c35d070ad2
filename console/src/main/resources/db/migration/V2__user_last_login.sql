-- When each person last logged in: lets an administrator see dormant accounts before deactivating them.
ALTER TABLE app_user ADD COLUMN last_login_at TEXT;
