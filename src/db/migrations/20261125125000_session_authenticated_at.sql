-- When a session's person last proved who they are (login, or re-authentication): sensitive actions
-- need it to be recent.
ALTER TABLE sessions ADD COLUMN authenticated_at timestamptz NOT NULL DEFAULT now();
