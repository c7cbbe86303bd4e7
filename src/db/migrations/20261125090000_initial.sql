-- Liaison schema, first migration: the classification scheme, people and offices, sessions, documents
-- and their dissemination, and the row-level security that enforces the access rules of DESIGN.md in
-- the database, independently of the application's policy module.

-- The application role. Every request runs as this role (SET LOCAL ROLE) with the person's id in
-- `liaison.person_id`; the database derives everything else about the reader from its own tables.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'liaison_app') THEN
    CREATE ROLE liaison_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT pg_has_role(current_user, 'liaison_app', 'MEMBER') THEN
    EXECUTE format('GRANT liaison_app TO %I', current_user);
  END IF;
END $$;

-- The classification scheme (data/scheme-1944.json is loaded into these).
CREATE TABLE parties (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'),
  name text NOT NULL
);

CREATE TABLE classification_levels (
  rank integer PRIMARY KEY CHECK (rank >= 0),
  name text NOT NULL UNIQUE
);

CREATE TABLE party_level_names (
  party text NOT NULL REFERENCES parties,
  rank integer NOT NULL REFERENCES classification_levels,
  name text NOT NULL,
  PRIMARY KEY (party, rank),
  UNIQUE (party, name)
);

CREATE TABLE compartments (
  name text PRIMARY KEY CHECK (name ~ '^[A-Z][A-Z0-9-]{1,31}$'),
  owner text NOT NULL REFERENCES parties,
  description text NOT NULL DEFAULT ''
);

-- People, offices and need-to-know.
CREATE TABLE people (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9_.-]{1,31}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  party text NOT NULL REFERENCES parties,
  clearance integer NOT NULL REFERENCES classification_levels,
  roles text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  password_hash text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE read_ins (
  person_id uuid NOT NULL REFERENCES people ON DELETE CASCADE,
  compartment text NOT NULL REFERENCES compartments,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, compartment)
);

CREATE TABLE offices (
  id uuid PRIMARY KEY,
  party text NOT NULL REFERENCES parties,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL DEFAULT 'office' CHECK (kind IN ('office', 'delegation')),
  UNIQUE (party, name)
);

CREATE TABLE office_members (
  office_id uuid NOT NULL REFERENCES offices ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people ON DELETE CASCADE,
  PRIMARY KEY (office_id, person_id)
);
CREATE INDEX office_members_person ON office_members (person_id);

-- Sessions and tokens: only hashes of the secrets are stored.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_person ON sessions (person_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);

-- Documents.
CREATE TABLE document_kinds (name text PRIMARY KEY);
INSERT INTO document_kinds VALUES ('telegram'), ('memorandum-of-conversation'), ('memorandum'), ('intelligence-report');

CREATE TABLE documents (
  id uuid PRIMARY KEY,
  kind text NOT NULL REFERENCES document_kinds,
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  body text NOT NULL CHECK (length(body) <= 1000000),
  fields jsonb NOT NULL DEFAULT '{}',
  dated date NOT NULL,
  reference text NOT NULL DEFAULT '' CHECK (length(reference) <= 100),
  originator text NOT NULL REFERENCES parties,
  drafter_id uuid NOT NULL REFERENCES people,
  -- The marking: the canonical banner in the originator's words, and its parts for the access rules.
  banner text NOT NULL,
  level integer NOT NULL REFERENCES classification_levels,
  compartments text[] NOT NULL DEFAULT '{}',
  releasability text NOT NULL CHECK (releasability IN ('coalition', 'rel-to', 'noforn')),
  rel_to text[] NOT NULL DEFAULT '{}',
  orcon boolean NOT NULL DEFAULT false,
  personal_for uuid[] NOT NULL DEFAULT '{}',
  embargo boolean NOT NULL DEFAULT false,
  negotiating_offices uuid[] NOT NULL DEFAULT '{}',
  registry_number text UNIQUE,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  issued_at timestamptz,
  -- Who holds the document (rule 6), as tokens; maintained by triggers from `disseminations` alone.
  audience text[] NOT NULL DEFAULT '{}',
  -- Newest first: issued documents by issue, drafts by creation.
  sort_at timestamptz GENERATED ALWAYS AS (coalesce(issued_at, created_at)) STORED,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', coalesce(fields->>'subject', '') || ' ' || reference || ' ' || coalesce(registry_number, '')), 'B') ||
    setweight(to_tsvector('english', body), 'C')
  ) STORED,
  CHECK ((state = 'issued') = (issued_at IS NOT NULL AND registry_number IS NOT NULL)),
  CHECK (releasability = 'rel-to' OR cardinality(rel_to) = 0),
  CHECK (embargo OR cardinality(negotiating_offices) = 0)
);
CREATE INDEX documents_search ON documents USING gin (search);
CREATE INDEX documents_audience ON documents USING gin (audience);
CREATE INDEX documents_recent ON documents (sort_at DESC, id);
CREATE INDEX documents_drafter ON documents (drafter_id, updated_at DESC);

CREATE TABLE disseminations (
  id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents ON DELETE CASCADE,
  position integer NOT NULL,
  person_id uuid REFERENCES people,
  office_id uuid REFERENCES offices,
  party text REFERENCES parties,
  copies integer NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 100),
  disseminated_by uuid NOT NULL REFERENCES people,
  disseminated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(person_id, office_id, party) = 1),
  UNIQUE (document_id, position)
);
CREATE UNIQUE INDEX disseminations_target ON disseminations (document_id, coalesce(person_id::text, office_id::text, party));

CREATE TABLE registry_counters (
  party text NOT NULL REFERENCES parties,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (party, year)
);

-- The reader, as the database knows them: one row for the active person named by liaison.person_id.
CREATE VIEW liaison_reader AS
SELECT
  p.id,
  p.party,
  p.clearance,
  coalesce((SELECT array_agg(r.compartment ORDER BY r.compartment) FROM read_ins r WHERE r.person_id = p.id), '{}') AS compartments,
  coalesce((SELECT array_agg(m.office_id) FROM office_members m WHERE m.person_id = p.id), '{}') AS offices,
  'registry-clerk' = ANY (p.roles) AS is_registry_clerk,
  ARRAY['person:' || p.id, 'party:' || p.party]
    || ARRAY(SELECT 'office:' || m.office_id FROM office_members m WHERE m.person_id = p.id)
    || CASE WHEN 'registry-clerk' = ANY (p.roles) THEN ARRAY['registry:' || p.party] ELSE '{}'::text[] END AS audience
FROM people p
WHERE p.id = nullif(current_setting('liaison.person_id', true), '')::uuid
  AND p.status = 'active';

-- Rule 6's tokens for a document: its drafter always; once issued, the originator's registry and every
-- dissemination. The same tokens as audienceOf() in the policy module, derived here independently.
CREATE FUNCTION liaison_document_audience(p_document uuid, p_drafter uuid, p_state text, p_originator text)
RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT ARRAY['person:' || p_drafter]
    || CASE WHEN p_state = 'draft' THEN '{}'::text[] ELSE
         ARRAY['registry:' || p_originator] ||
         ARRAY(SELECT CASE
                 WHEN d.person_id IS NOT NULL THEN 'person:' || d.person_id
                 WHEN d.office_id IS NOT NULL THEN 'office:' || d.office_id
                 ELSE 'party:' || d.party END
               FROM disseminations d WHERE d.document_id = p_document ORDER BY d.position)
       END
$$;

CREATE FUNCTION liaison_documents_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.state = 'issued' AND (
       NEW.kind, NEW.state, NEW.title, NEW.body, NEW.fields, NEW.dated, NEW.reference, NEW.originator,
       NEW.drafter_id, NEW.banner, NEW.level, NEW.compartments, NEW.releasability, NEW.rel_to, NEW.orcon,
       NEW.personal_for, NEW.embargo, NEW.negotiating_offices, NEW.registry_number, NEW.issued_at, NEW.version
     ) IS DISTINCT FROM (
       OLD.kind, OLD.state, OLD.title, OLD.body, OLD.fields, OLD.dated, OLD.reference, OLD.originator,
       OLD.drafter_id, OLD.banner, OLD.level, OLD.compartments, OLD.releasability, OLD.rel_to, OLD.orcon,
       OLD.personal_for, OLD.embargo, OLD.negotiating_offices, OLD.registry_number, OLD.issued_at, OLD.version
     ) THEN
    RAISE EXCEPTION 'document % is issued and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  NEW.audience := liaison_document_audience(NEW.id, NEW.drafter_id, NEW.state, NEW.originator);
  RETURN NEW;
END $$;
CREATE TRIGGER documents_before_write BEFORE INSERT OR UPDATE ON documents
  FOR EACH ROW EXECUTE FUNCTION liaison_documents_before_write();

-- A dissemination changes the document's audience. Runs as the owner: the person disseminating may
-- not update an issued document themselves.
CREATE FUNCTION liaison_disseminations_after_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE documents SET audience = audience WHERE id = coalesce(NEW.document_id, OLD.document_id);
  RETURN NULL;
END $$;
CREATE TRIGGER disseminations_after_insert AFTER INSERT OR DELETE ON disseminations
  FOR EACH ROW EXECUTE FUNCTION liaison_disseminations_after_insert();

-- Row-level security: the access rules, again, in the database.
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE disseminations ENABLE ROW LEVEL SECURITY;

CREATE POLICY documents_read ON documents FOR SELECT TO liaison_app USING (
  -- rule 1: clearance
  level <= (SELECT clearance FROM liaison_reader)
  -- rule 2: read into every compartment
  AND compartments <@ (SELECT compartments FROM liaison_reader)
  -- rule 3: originator or releasable
  AND (originator = (SELECT party FROM liaison_reader)
       OR releasability = 'coalition'
       OR (releasability = 'rel-to' AND (SELECT party FROM liaison_reader) = ANY (rel_to)))
  -- rule 4: PERSONAL FOR names them, or they are the drafter or the originator's registry
  AND (cardinality(personal_for) = 0
       OR (SELECT id FROM liaison_reader) = ANY (personal_for)
       OR drafter_id = (SELECT id FROM liaison_reader)
       OR (originator = (SELECT party FROM liaison_reader) AND (SELECT is_registry_clerk FROM liaison_reader)))
  -- rule 5: embargoed documents only to the negotiating delegations
  AND (NOT embargo OR negotiating_offices && (SELECT offices FROM liaison_reader))
  -- rule 6: disseminated to them, their office or their party (or they drafted it, or hold the registry)
  AND audience && (SELECT audience FROM liaison_reader)
);

-- A person drafts only as themselves, for their own party, within their own clearance and read-ins.
CREATE POLICY documents_draft ON documents FOR INSERT TO liaison_app WITH CHECK (
  state = 'draft'
  AND drafter_id = (SELECT id FROM liaison_reader)
  AND originator = (SELECT party FROM liaison_reader)
  AND level <= (SELECT clearance FROM liaison_reader)
  AND compartments <@ (SELECT compartments FROM liaison_reader)
);

-- Only the drafter changes a draft, and only a draft; the trigger above keeps issued documents immutable.
CREATE POLICY documents_edit ON documents FOR UPDATE TO liaison_app
USING (state = 'draft' AND drafter_id = (SELECT id FROM liaison_reader))
WITH CHECK (
  drafter_id = (SELECT id FROM liaison_reader)
  AND originator = (SELECT party FROM liaison_reader)
  AND level <= (SELECT clearance FROM liaison_reader)
  AND compartments <@ (SELECT compartments FROM liaison_reader)
);

-- A distribution list is seen with the document it belongs to.
CREATE POLICY disseminations_read ON disseminations FOR SELECT TO liaison_app USING (
  EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id)
);

-- Disseminating: as oneself, of a document one may read; the originator's drafter and registry may
-- send it anywhere; others only within their own party, and never an ORCON document.
CREATE POLICY disseminations_add ON disseminations FOR INSERT TO liaison_app WITH CHECK (
  disseminated_by = (SELECT id FROM liaison_reader)
  AND EXISTS (
    SELECT 1 FROM documents d
    WHERE d.id = document_id
      AND (d.state = 'draft' AND d.drafter_id = (SELECT id FROM liaison_reader)
        OR d.state = 'issued' AND (
          d.drafter_id = (SELECT id FROM liaison_reader)
          OR (d.originator = (SELECT party FROM liaison_reader) AND (SELECT is_registry_clerk FROM liaison_reader))
          OR (NOT d.orcon AND (SELECT party FROM liaison_reader) = coalesce(
                party,
                (SELECT p.party FROM people p WHERE p.id = person_id),
                (SELECT o.party FROM offices o WHERE o.id = office_id))))))
);

-- A draft's planned distribution may be changed by its drafter; an issued document's never shrinks.
CREATE POLICY disseminations_replan ON disseminations FOR DELETE TO liaison_app USING (
  EXISTS (SELECT 1 FROM documents d
          WHERE d.id = document_id AND d.state = 'draft' AND d.drafter_id = (SELECT id FROM liaison_reader))
);

-- The application role's privileges. No DELETE on documents: records are kept.
GRANT USAGE ON SCHEMA public TO liaison_app;
GRANT SELECT ON parties, classification_levels, party_level_names, compartments, document_kinds TO liaison_app;
GRANT SELECT ON people, read_ins, offices, office_members, liaison_reader TO liaison_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, api_tokens TO liaison_app;
GRANT SELECT, INSERT, UPDATE ON documents TO liaison_app;
GRANT SELECT, INSERT, DELETE ON disseminations TO liaison_app;
GRANT SELECT, INSERT, UPDATE ON registry_counters TO liaison_app;
