-- The audit log: one hash chain per party (and one for the node), append-only in the database.
-- The application computes each entry's hash (src/core/audit); the database enforces what it can by
-- itself: entries are only ever appended, each one links to its chain's head, and nothing is updated
-- or deleted, whoever asks. Checkpoints sign a chain's head with the party's Ed25519 key.

CREATE TABLE audit_keys (
  chain text PRIMARY KEY,
  key_id text NOT NULL,
  public_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_heads (
  chain text PRIMARY KEY,
  seq integer NOT NULL,
  hash text NOT NULL
);

CREATE TABLE audit_log (
  chain text NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  at text NOT NULL,
  actor jsonb,
  action text NOT NULL,
  target jsonb,
  decision text NOT NULL CHECK (decision IN ('granted', 'denied', 'done', 'refused')),
  rule text,
  address text,
  details jsonb NOT NULL,
  prev text NOT NULL,
  hash text NOT NULL,
  actor_id uuid GENERATED ALWAYS AS ((actor->>'id')::uuid) STORED,
  target_id text GENERATED ALWAYS AS (target->>'id') STORED,
  PRIMARY KEY (chain, seq)
);
CREATE INDEX audit_log_actor ON audit_log (actor_id);
CREATE INDEX audit_log_target ON audit_log (target_id);

CREATE TABLE audit_checkpoints (
  chain text NOT NULL,
  seq integer NOT NULL,
  hash text NOT NULL,
  at text NOT NULL,
  final boolean NOT NULL,
  key_id text NOT NULL,
  signature text NOT NULL,
  PRIMARY KEY (chain, seq, at)
);

-- Locks a chain's head for the rest of the transaction and returns it (creating an empty head).
CREATE FUNCTION liaison_audit_head(p_chain text) RETURNS TABLE (seq integer, hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO audit_heads (chain, seq, hash) VALUES (p_chain, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
  RETURN QUERY SELECT h.seq, h.hash FROM audit_heads h WHERE h.chain = p_chain FOR UPDATE;
END $$;

-- An entry must continue its chain exactly where the head is; the head then moves to it.
CREATE FUNCTION liaison_audit_before_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_heads%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_heads WHERE chain = NEW.chain FOR UPDATE;
  IF NOT FOUND THEN
    head := ROW(NEW.chain, 0, repeat('0', 64));
    INSERT INTO audit_heads (chain, seq, hash) VALUES (NEW.chain, 0, head.hash);
  END IF;
  IF NEW.seq <> head.seq + 1 OR NEW.prev <> head.hash THEN
    RAISE EXCEPTION 'audit entry %/% does not continue its chain (head is % %)', NEW.chain, NEW.seq, head.seq, head.hash
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  UPDATE audit_heads SET seq = NEW.seq, hash = NEW.hash WHERE chain = NEW.chain;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_before_insert BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION liaison_audit_before_insert();

-- Nothing recorded is ever changed or removed, by anyone.
CREATE FUNCTION liaison_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION liaison_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_append_only();
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION liaison_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_append_only();

-- A party's security officers read their party's chain; nobody else reads the log through the app.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_officers ON audit_log FOR SELECT TO liaison_app USING (
  chain = (SELECT party FROM liaison_reader)
  AND EXISTS (SELECT 1 FROM people p WHERE p.id = (SELECT id FROM liaison_reader) AND 'security-officer' = ANY (p.roles))
);
CREATE POLICY audit_log_append ON audit_log FOR INSERT TO liaison_app WITH CHECK (true);

GRANT SELECT, INSERT ON audit_log, audit_checkpoints TO liaison_app;
GRANT SELECT ON audit_keys TO liaison_app;
GRANT EXECUTE ON FUNCTION liaison_audit_head(text) TO liaison_app;
