-- Controlled dissemination: numbered copies (one per recipient slot), each rendered from the document's
-- secret fingerprint key; receipts and certified destruction per copy; recall by the originator, after
-- which only the drafter and the originator's registry read the document.

ALTER TABLE documents
  ADD COLUMN copy_count integer NOT NULL DEFAULT 0,
  ADD COLUMN recalled_at timestamptz,
  ADD COLUMN recalled_by uuid REFERENCES people,
  ADD COLUMN recall_reason text CHECK (length(recall_reason) <= 500),
  ADD CONSTRAINT documents_recall_only_issued CHECK (recalled_at IS NULL OR state = 'issued'),
  ADD CONSTRAINT documents_recall_complete CHECK ((recalled_at IS NULL) = (recalled_by IS NULL));

-- A recall is final.
CREATE FUNCTION liaison_documents_recall_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.recalled_at IS NOT NULL AND (NEW.recalled_at, NEW.recalled_by, NEW.recall_reason)
       IS DISTINCT FROM (OLD.recalled_at, OLD.recalled_by, OLD.recall_reason) THEN
    RAISE EXCEPTION 'document % was recalled; a recall is final', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER documents_recall_final BEFORE UPDATE ON documents
  FOR EACH ROW EXECUTE FUNCTION liaison_documents_recall_final();

-- The access rules, with the recall: a recalled document is the drafter's and the registry's alone.
DROP POLICY documents_read ON documents;
CREATE POLICY documents_read ON documents FOR SELECT TO liaison_app USING (
  level <= (SELECT clearance FROM liaison_reader)
  AND compartments <@ (SELECT compartments FROM liaison_reader)
  AND (originator = (SELECT party FROM liaison_reader)
       OR releasability = 'coalition'
       OR (releasability = 'rel-to' AND (SELECT party FROM liaison_reader) = ANY (rel_to)))
  AND (cardinality(personal_for) = 0
       OR (SELECT id FROM liaison_reader) = ANY (personal_for)
       OR drafter_id = (SELECT id FROM liaison_reader)
       OR (originator = (SELECT party FROM liaison_reader) AND (SELECT is_registry_clerk FROM liaison_reader)))
  AND (NOT embargo OR negotiating_offices && (SELECT offices FROM liaison_reader))
  AND (recalled_at IS NULL
       OR drafter_id = (SELECT id FROM liaison_reader)
       OR (originator = (SELECT party FROM liaison_reader) AND (SELECT is_registry_clerk FROM liaison_reader)))
  AND audience && (SELECT audience FROM liaison_reader)
);

-- Recalling: the originator's drafter or registry, an issued document not yet recalled, as themselves.
-- (The immutability trigger still refuses any change to the document's content.)
CREATE POLICY documents_recall ON documents FOR UPDATE TO liaison_app
USING (
  state = 'issued' AND recalled_at IS NULL
  AND (drafter_id = (SELECT id FROM liaison_reader)
       OR (originator = (SELECT party FROM liaison_reader) AND (SELECT is_registry_clerk FROM liaison_reader)))
)
WITH CHECK (recalled_by = (SELECT id FROM liaison_reader));

-- What a former reader of a recalled document is told: that it was recalled, when and why. Only to
-- those who could read it before the recall (the same rules, without the recall).
CREATE FUNCTION liaison_recall_notices()
RETURNS TABLE (document_id uuid, registry_number text, title text, banner text, recalled_at timestamptz, recall_reason text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT d.id, d.registry_number, d.title, d.banner, d.recalled_at, d.recall_reason
    FROM documents d, liaison_reader r
   WHERE d.recalled_at IS NOT NULL
     AND d.level <= r.clearance
     AND d.compartments <@ r.compartments
     AND (d.originator = r.party OR d.releasability = 'coalition' OR (d.releasability = 'rel-to' AND r.party = ANY (d.rel_to)))
     AND (cardinality(d.personal_for) = 0 OR r.id = ANY (d.personal_for) OR d.drafter_id = r.id
          OR (d.originator = r.party AND r.is_registry_clerk))
     AND (NOT d.embargo OR d.negotiating_offices && r.offices)
     AND d.audience && r.audience
$$;

-- Each document's fingerprint: a secret key and the variation points of its text, and the points the
-- originator excluded. Never sent to a client.
CREATE TABLE document_fingerprints (
  document_id uuid PRIMARY KEY REFERENCES documents ON DELETE CASCADE,
  key bytea NOT NULL CHECK (length(key) = 32),
  points jsonb NOT NULL,
  excluded text[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Points follow the text: they change only while the document is a draft.
CREATE FUNCTION liaison_fingerprints_before_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.key, NEW.points) IS DISTINCT FROM (OLD.key, OLD.points)
     AND (SELECT state FROM documents WHERE id = OLD.document_id) = 'issued' THEN
    RAISE EXCEPTION 'the fingerprint of issued document % cannot change', OLD.document_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER document_fingerprints_before_update BEFORE UPDATE ON document_fingerprints
  FOR EACH ROW EXECUTE FUNCTION liaison_fingerprints_before_update();

CREATE TABLE copies (
  id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents ON DELETE CASCADE,
  number integer NOT NULL CHECK (number >= 1),
  dissemination_id uuid NOT NULL REFERENCES disseminations ON DELETE CASCADE,
  holder_person uuid REFERENCES people,
  holder_office uuid REFERENCES offices,
  holder_party text REFERENCES parties,
  -- The member of an office or party reading one of its copies; set once.
  assigned_to uuid REFERENCES people,
  created_at timestamptz NOT NULL,
  received_at timestamptz,
  received_by uuid REFERENCES people,
  destroyed_at timestamptz,
  destroyed_by uuid REFERENCES people,
  destruction_note text CHECK (length(destruction_note) <= 500),
  CHECK (num_nonnulls(holder_person, holder_office, holder_party) = 1),
  CHECK ((received_at IS NULL) = (received_by IS NULL)),
  CHECK ((destroyed_at IS NULL) = (destroyed_by IS NULL)),
  UNIQUE (document_id, number)
);
CREATE INDEX copies_document ON copies (document_id);

-- The database numbers copies, one after another per document, whoever makes them (a holder passing a
-- document on sees none of the other copies), and keeps the count on the document ("copy 2 of 4").
CREATE FUNCTION liaison_copies_number() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE documents SET copy_count = copy_count + 1 WHERE id = NEW.document_id RETURNING copy_count INTO NEW.number;
  IF NEW.number IS NULL THEN
    RAISE EXCEPTION 'no document % for a copy', NEW.document_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER copies_number BEFORE INSERT ON copies FOR EACH ROW EXECUTE FUNCTION liaison_copies_number();

-- A copy's identity is fixed; its assignment, receipt and destruction are each recorded once.
CREATE FUNCTION liaison_copies_before_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.document_id, NEW.number, NEW.dissemination_id, NEW.holder_person, NEW.holder_office, NEW.holder_party, NEW.created_at)
       IS DISTINCT FROM
     (OLD.id, OLD.document_id, OLD.number, OLD.dissemination_id, OLD.holder_person, OLD.holder_office, OLD.holder_party, OLD.created_at)
     OR (OLD.assigned_to IS NOT NULL AND NEW.assigned_to IS DISTINCT FROM OLD.assigned_to)
     OR (OLD.received_at IS NOT NULL AND (NEW.received_at, NEW.received_by) IS DISTINCT FROM (OLD.received_at, OLD.received_by))
     OR (OLD.destroyed_at IS NOT NULL AND (NEW.destroyed_at, NEW.destroyed_by, NEW.destruction_note)
           IS DISTINCT FROM (OLD.destroyed_at, OLD.destroyed_by, OLD.destruction_note)) THEN
    RAISE EXCEPTION 'copy % can only gain an assignment, a receipt and a destruction, once each', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER copies_before_update BEFORE UPDATE ON copies FOR EACH ROW EXECUTE FUNCTION liaison_copies_before_update();

ALTER TABLE document_fingerprints ENABLE ROW LEVEL SECURITY;
ALTER TABLE copies ENABLE ROW LEVEL SECURITY;

-- The fingerprint goes with a document one may read (the application renders copies with it).
CREATE POLICY fingerprints_read ON document_fingerprints FOR SELECT TO liaison_app
  USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id));
CREATE POLICY fingerprints_create ON document_fingerprints FOR INSERT TO liaison_app
  WITH CHECK (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.drafter_id = (SELECT id FROM liaison_reader)));
CREATE POLICY fingerprints_originator ON document_fingerprints FOR UPDATE TO liaison_app
USING (EXISTS (
  SELECT 1 FROM documents d WHERE d.id = document_id
     AND (d.drafter_id = (SELECT id FROM liaison_reader)
          OR (d.originator = (SELECT party FROM liaison_reader) AND (SELECT is_registry_clerk FROM liaison_reader)))));

-- Copies: the originator's drafter, registry and security officers see all of a document's copies;
-- anyone else only those they hold (their own, or their office's or party's not given to another),
-- and those they made in passing the document on (a holder accounts for the copies they issued).
CREATE POLICY copies_read ON copies FOR SELECT TO liaison_app USING (
  EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id)
  AND (
    EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id
               AND (d.drafter_id = (SELECT id FROM liaison_reader)
                    OR (d.originator = (SELECT party FROM liaison_reader)
                        AND ((SELECT is_registry_clerk FROM liaison_reader) OR liaison_reader_is_officer()))))
    OR holder_person = (SELECT id FROM liaison_reader)
    OR assigned_to = (SELECT id FROM liaison_reader)
    OR (assigned_to IS NULL AND holder_office = ANY ((SELECT offices FROM liaison_reader)::uuid[]))
    OR (assigned_to IS NULL AND holder_party = (SELECT party FROM liaison_reader))
    OR EXISTS (SELECT 1 FROM disseminations ds
                WHERE ds.id = copies.dissemination_id AND ds.disseminated_by = (SELECT id FROM liaison_reader))
  )
);
CREATE POLICY copies_create ON copies FOR INSERT TO liaison_app WITH CHECK (
  EXISTS (SELECT 1 FROM disseminations ds
           WHERE ds.id = copies.dissemination_id AND ds.document_id = copies.document_id)
);
-- A holder takes an office's or party's copy, acknowledges receipt, certifies destruction: as themselves.
CREATE POLICY copies_holder ON copies FOR UPDATE TO liaison_app
USING (
  EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id)
  AND (holder_person = (SELECT id FROM liaison_reader)
       OR assigned_to = (SELECT id FROM liaison_reader)
       OR (assigned_to IS NULL AND holder_office = ANY ((SELECT offices FROM liaison_reader)::uuid[]))
       OR (assigned_to IS NULL AND holder_party = (SELECT party FROM liaison_reader)))
)
WITH CHECK (
  (assigned_to IS NULL OR assigned_to = (SELECT id FROM liaison_reader) OR holder_person IS NOT NULL)
  AND (received_by IS NULL OR received_by = (SELECT id FROM liaison_reader))
  AND (destroyed_by IS NULL OR destroyed_by = (SELECT id FROM liaison_reader))
);

GRANT SELECT, INSERT ON document_fingerprints, copies TO liaison_app;
GRANT UPDATE (excluded, points, updated_at) ON document_fingerprints TO liaison_app;
GRANT UPDATE (assigned_to, received_at, received_by, destroyed_at, destroyed_by, destruction_note) ON copies TO liaison_app;
GRANT EXECUTE ON FUNCTION liaison_recall_notices() TO liaison_app;
