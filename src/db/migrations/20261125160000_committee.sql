-- The tripartite committee: charters approved by every party, agenda items (with reserved matters
-- referred to their body), meetings with papers and attendance, negotiated texts (minutes,
-- recommendations, proposals) whose versions and issued texts are documents, the chiefs' responses,
-- action items, and translations of documents. Row-level security repeats the rules of
-- src/core/committee: a committee exists only for those it concerns; its marked business is read under
-- rules 1-3 by its participants; its texts are read through their documents' own policies.

INSERT INTO document_kinds VALUES ('proposal'), ('minutes'), ('recommendation') ON CONFLICT DO NOTHING;

CREATE TABLE committees (
  id uuid PRIMARY KEY,
  created_by uuid NOT NULL REFERENCES people,
  created_at timestamptz NOT NULL,
  -- The charter version in force; 0 until every party has approved the first.
  charter_version integer NOT NULL DEFAULT 0 CHECK (charter_version >= 0)
);

-- A committee is consultative and advisory, with no independent powers of decision: 'advisory' is the
-- only power a charter can name.
CREATE TABLE committee_charters (
  committee_id uuid NOT NULL REFERENCES committees,
  version integer NOT NULL CHECK (version >= 1),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  remit text NOT NULL CHECK (length(remit) BETWEEN 1 AND 5000),
  powers text NOT NULL CHECK (powers = 'advisory'),
  place text NOT NULL DEFAULT '' CHECK (length(place) <= 200),
  working_level integer NOT NULL REFERENCES classification_levels,
  status text NOT NULL DEFAULT 'awaiting-approval' CHECK (status IN ('awaiting-approval', 'in-force', 'superseded')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  proposed_by uuid NOT NULL REFERENCES people,
  proposed_at timestamptz NOT NULL,
  in_force_at timestamptz,
  PRIMARY KEY (committee_id, version),
  CHECK ((status = 'awaiting-approval') = (in_force_at IS NULL))
);
-- One proposed change at a time.
CREATE UNIQUE INDEX committee_charters_one_pending ON committee_charters (committee_id) WHERE status = 'awaiting-approval';

CREATE TABLE committee_charter_parties (
  committee_id uuid NOT NULL,
  version integer NOT NULL,
  party text NOT NULL REFERENCES parties,
  position integer NOT NULL,
  chiefs_office_id uuid NOT NULL REFERENCES offices,
  PRIMARY KEY (committee_id, version, party),
  FOREIGN KEY (committee_id, version) REFERENCES committee_charters
);

CREATE TABLE committee_charter_participants (
  committee_id uuid NOT NULL,
  version integer NOT NULL,
  person_id uuid NOT NULL REFERENCES people,
  party text NOT NULL,
  role text NOT NULL CHECK (role IN ('member', 'adviser', 'secretary', 'interpreter')),
  PRIMARY KEY (committee_id, version, person_id),
  FOREIGN KEY (committee_id, version, party) REFERENCES committee_charter_parties
);
CREATE UNIQUE INDEX committee_one_member_per_party ON committee_charter_participants (committee_id, version, party)
  WHERE role = 'member';
CREATE INDEX committee_charter_participants_person ON committee_charter_participants (person_id);

CREATE TABLE committee_reserved_matters (
  committee_id uuid NOT NULL,
  version integer NOT NULL,
  position integer NOT NULL,
  topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 200),
  terms text[] NOT NULL CHECK (cardinality(terms) BETWEEN 1 AND 100),
  PRIMARY KEY (committee_id, version, position),
  FOREIGN KEY (committee_id, version) REFERENCES committee_charters
);

CREATE TABLE committee_charter_approvals (
  committee_id uuid NOT NULL,
  version integer NOT NULL,
  party text NOT NULL REFERENCES parties,
  person_id uuid NOT NULL REFERENCES people,
  approved_at timestamptz NOT NULL,
  PRIMARY KEY (committee_id, version, party),
  FOREIGN KEY (committee_id, version) REFERENCES committee_charters
);

-- Each party's negotiating delegation (an office of kind 'delegation'): its participants, kept in step
-- with the charter in force. Embargoed texts name these offices as their negotiating delegations.
CREATE TABLE committee_delegations (
  committee_id uuid NOT NULL REFERENCES committees,
  party text NOT NULL REFERENCES parties,
  office_id uuid NOT NULL UNIQUE REFERENCES offices,
  PRIMARY KEY (committee_id, party)
);

CREATE TABLE committee_meetings (
  id uuid PRIMARY KEY,
  committee_id uuid NOT NULL REFERENCES committees,
  number integer NOT NULL CHECK (number >= 1),
  scheduled_for timestamptz NOT NULL,
  place text NOT NULL DEFAULT '' CHECK (length(place) <= 200),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held')),
  convened_by uuid NOT NULL REFERENCES people,
  created_at timestamptz NOT NULL,
  -- The meeting's marking: the high-water mark of its papers and agenda (never below the working level).
  banner text NOT NULL,
  originator text NOT NULL REFERENCES parties,
  level integer NOT NULL REFERENCES classification_levels,
  compartments text[] NOT NULL DEFAULT '{}',
  releasability text NOT NULL CHECK (releasability IN ('coalition', 'rel-to', 'noforn')),
  rel_to text[] NOT NULL DEFAULT '{}',
  UNIQUE (committee_id, number)
);

CREATE TABLE committee_agenda_items (
  id uuid PRIMARY KEY,
  committee_id uuid NOT NULL REFERENCES committees,
  proposed_by uuid NOT NULL REFERENCES people,
  originator text NOT NULL REFERENCES parties,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  text text NOT NULL CHECK (length(text) <= 100000),
  banner text NOT NULL,
  level integer NOT NULL REFERENCES classification_levels,
  compartments text[] NOT NULL DEFAULT '{}',
  releasability text NOT NULL CHECK (releasability IN ('coalition', 'rel-to', 'noforn')),
  rel_to text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('proposed', 'referred', 'withdrawn')),
  -- A reserved matter: the body it was referred to and why (kept after an override, for the record).
  referred_to text,
  referral jsonb,
  overridden_at timestamptz,
  meeting_id uuid REFERENCES committee_meetings,
  position integer,
  -- The meeting its proposer asked for (kept when it is referred instead, so the meeting shows it).
  requested_meeting_id uuid REFERENCES committee_meetings,
  proposed_at timestamptz NOT NULL,
  CHECK (status <> 'referred' OR (referred_to IS NOT NULL AND referral IS NOT NULL AND overridden_at IS NULL)),
  CHECK (overridden_at IS NULL OR referred_to IS NOT NULL),
  CHECK ((meeting_id IS NULL) = (position IS NULL)),
  CHECK (meeting_id IS NULL OR status = 'proposed')
);
CREATE INDEX committee_agenda_items_committee ON committee_agenda_items (committee_id, proposed_at);
CREATE UNIQUE INDEX committee_agenda_positions ON committee_agenda_items (meeting_id, position) WHERE meeting_id IS NOT NULL;

-- Putting a referred item back on the agenda takes every party's consent, each recorded.
CREATE TABLE committee_override_consents (
  item_id uuid NOT NULL REFERENCES committee_agenda_items,
  party text NOT NULL REFERENCES parties,
  person_id uuid NOT NULL REFERENCES people,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  consented_at timestamptz NOT NULL,
  PRIMARY KEY (item_id, party)
);

CREATE TABLE committee_meeting_papers (
  meeting_id uuid NOT NULL REFERENCES committee_meetings,
  document_id uuid NOT NULL REFERENCES documents,
  position integer NOT NULL,
  added_by uuid NOT NULL REFERENCES people,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (meeting_id, document_id),
  UNIQUE (meeting_id, position)
);

CREATE TABLE committee_meeting_attendance (
  meeting_id uuid NOT NULL REFERENCES committee_meetings,
  person_id uuid NOT NULL REFERENCES people,
  recorded_by uuid NOT NULL REFERENCES people,
  PRIMARY KEY (meeting_id, person_id)
);

-- Negotiated texts. There is no state, column or value for a decision of the committee: minutes are
-- agreed and issued, recommendations are agreed (adopted) and answered by each party's chiefs,
-- proposals are agreed and their text issued.
CREATE TABLE committee_texts (
  id uuid PRIMARY KEY,
  committee_id uuid NOT NULL REFERENCES committees,
  kind text NOT NULL CHECK (kind IN ('minutes', 'recommendation', 'proposal')),
  meeting_id uuid REFERENCES committee_meetings,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'agreed')),
  current_version integer NOT NULL DEFAULT 1 CHECK (current_version >= 1),
  issued_document_id uuid UNIQUE REFERENCES documents,
  created_by uuid NOT NULL REFERENCES people,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (kind <> 'minutes' OR meeting_id IS NOT NULL),
  CHECK ((state = 'agreed') = (issued_document_id IS NOT NULL))
);
CREATE UNIQUE INDEX committee_one_minutes_per_meeting ON committee_texts (meeting_id) WHERE kind = 'minutes';
CREATE INDEX committee_texts_committee ON committee_texts (committee_id, kind, created_at);

CREATE TABLE committee_text_versions (
  text_id uuid NOT NULL REFERENCES committee_texts,
  version integer NOT NULL CHECK (version >= 1),
  document_id uuid NOT NULL UNIQUE REFERENCES documents,
  author_id uuid NOT NULL REFERENCES people,
  party text NOT NULL REFERENCES parties,
  kind text NOT NULL CHECK (kind IN ('draft', 'amendment', 'submission', 'parallel-submission', 'revision')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (text_id, version)
);

CREATE TABLE committee_text_consents (
  text_id uuid NOT NULL,
  version integer NOT NULL,
  party text NOT NULL REFERENCES parties,
  person_id uuid NOT NULL REFERENCES people,
  consented_at timestamptz NOT NULL,
  PRIMARY KEY (text_id, version, party),
  FOREIGN KEY (text_id, version) REFERENCES committee_text_versions
);

-- Each party's chiefs answer a recommendation for their own party, once.
CREATE TABLE committee_responses (
  text_id uuid NOT NULL REFERENCES committee_texts,
  party text NOT NULL REFERENCES parties,
  person_id uuid NOT NULL REFERENCES people,
  response text NOT NULL CHECK (response IN ('approved', 'approved-with-changes', 'declined', 'noted')),
  comment text NOT NULL CHECK (length(comment) BETWEEN 1 AND 5000),
  responded_at timestamptz NOT NULL,
  PRIMARY KEY (text_id, party)
);

CREATE TABLE committee_action_items (
  id uuid PRIMARY KEY,
  committee_id uuid NOT NULL REFERENCES committees,
  meeting_id uuid NOT NULL REFERENCES committee_meetings,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  owner_id uuid NOT NULL REFERENCES people,
  due_date date NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done')),
  assigned_by uuid NOT NULL REFERENCES people,
  assigned_at timestamptz NOT NULL,
  completed_by uuid REFERENCES people,
  completed_at timestamptz,
  -- When the overdue notice went out (once per item).
  overdue_noticed_at timestamptz,
  CHECK ((state = 'done') = (completed_at IS NOT NULL AND completed_by IS NOT NULL))
);
CREATE INDEX committee_action_items_open ON committee_action_items (due_date) WHERE state = 'open';

-- Translations of a document, each by its translator; the original stays the authoritative text.
CREATE TABLE document_translations (
  id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents,
  language text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
  original_language text NOT NULL CHECK (original_language ~ '^[a-z]{2}$'),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000000),
  translator_id uuid NOT NULL REFERENCES people,
  created_at timestamptz NOT NULL,
  UNIQUE (document_id, language),
  CHECK (language <> original_language)
);

-- Who the reader is to a committee. Security definer, so that the policies below can consult the
-- charter tables without their own policies applying again (and without recursion).
CREATE FUNCTION liaison_committee_governing_version(p_committee uuid) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE WHEN c.charter_version > 0 THEN c.charter_version ELSE 1 END FROM committees c WHERE c.id = p_committee
$$;

CREATE FUNCTION liaison_committee_role(p_committee uuid) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT cp.role FROM committee_charter_participants cp, liaison_reader r
   WHERE cp.committee_id = p_committee AND cp.version = liaison_committee_governing_version(p_committee)
     AND cp.person_id = r.id
$$;

CREATE FUNCTION liaison_committee_member_party(p_committee uuid) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT cp.party FROM committee_charter_participants cp, liaison_reader r
   WHERE cp.committee_id = p_committee AND cp.version = liaison_committee_governing_version(p_committee)
     AND cp.person_id = r.id AND cp.role = 'member'
$$;

CREATE FUNCTION liaison_committee_is_chief(p_committee uuid, p_party text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM committee_charter_parties cp, liaison_reader r
     WHERE cp.committee_id = p_committee AND cp.version = liaison_committee_governing_version(p_committee)
       AND cp.party = r.party AND cp.party = p_party AND cp.chiefs_office_id = ANY (r.offices))
$$;

CREATE FUNCTION liaison_committee_concerns_reader(p_committee uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT liaison_committee_role(p_committee) IS NOT NULL
      OR EXISTS (SELECT 1 FROM liaison_reader r WHERE liaison_committee_is_chief(p_committee, r.party))
      OR EXISTS (SELECT 1 FROM committees c, liaison_reader r
                  WHERE c.id = p_committee AND c.created_by = r.id AND c.charter_version = 0)
$$;

-- Changes to one committee's business happen one at a time (the last of several approvals given at once
-- must see the others): each such use case takes this lock first, for the rest of its transaction.
CREATE FUNCTION liaison_committee_lock(p_committee uuid) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT liaison_committee_concerns_reader(p_committee) THEN RETURN false; END IF;
  PERFORM 1 FROM committees WHERE id = p_committee FOR UPDATE;
  RETURN FOUND;
END $$;

CREATE FUNCTION liaison_committee_of_text(p_text uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT committee_id FROM committee_texts WHERE id = p_text
$$;

CREATE FUNCTION liaison_committee_of_meeting(p_meeting uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT committee_id FROM committee_meetings WHERE id = p_meeting
$$;

CREATE FUNCTION liaison_committee_of_item(p_item uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT committee_id FROM committee_agenda_items WHERE id = p_item
$$;

-- The documents of a text (its versions and its issued text), and of one version: a text, a consent or a
-- response is seen with them (documents' own row-level security decides).
CREATE FUNCTION liaison_committee_text_documents(p_text uuid) RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT ARRAY(SELECT v.document_id FROM committee_text_versions v WHERE v.text_id = p_text)
      || ARRAY(SELECT t.issued_document_id FROM committee_texts t WHERE t.id = p_text AND t.issued_document_id IS NOT NULL)
$$;

CREATE FUNCTION liaison_committee_version_document(p_text uuid, p_version integer) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT document_id FROM committee_text_versions WHERE text_id = p_text AND version = p_version
$$;

CREATE FUNCTION liaison_committee_issued_document(p_text uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT issued_document_id FROM committee_texts WHERE id = p_text
$$;

-- The proposer of a charter version may describe it until anyone has approved it.
CREATE FUNCTION liaison_committee_charter_open_to_reader(p_committee uuid, p_version integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM committee_charters ch, liaison_reader r
     WHERE ch.committee_id = p_committee AND ch.version = p_version AND ch.status = 'awaiting-approval'
       AND ch.proposed_by = r.id
       AND NOT EXISTS (SELECT 1 FROM committee_charter_approvals a
                        WHERE a.committee_id = p_committee AND a.version = p_version))
$$;

-- Who approves a charter version for a party: its member under the charter in force, or (a new party,
-- or a first charter) its member under the proposal.
CREATE FUNCTION liaison_committee_charter_approver(p_committee uuid, p_version integer, p_party text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce(
    (SELECT cp.person_id FROM committee_charter_participants cp, committees c
      WHERE c.id = p_committee AND c.charter_version > 0 AND cp.committee_id = c.id
        AND cp.version = c.charter_version AND cp.party = p_party AND cp.role = 'member'),
    (SELECT cp.person_id FROM committee_charter_participants cp
      WHERE cp.committee_id = p_committee AND cp.version = p_version AND cp.party = p_party AND cp.role = 'member'))
$$;

-- Meetings are numbered one after another, whoever convenes them.
CREATE FUNCTION liaison_committee_next_meeting_number(p_committee uuid) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE WHEN liaison_committee_role(p_committee) IS NULL THEN NULL
              ELSE (SELECT coalesce(max(number), 0) + 1 FROM committee_meetings WHERE committee_id = p_committee) END
$$;

-- The next place on a meeting's agenda or list of papers, counting what the caller may not see too.
CREATE FUNCTION liaison_committee_next_position(p_meeting uuid, p_list text) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE
    WHEN liaison_committee_role(liaison_committee_of_meeting(p_meeting)) IS NULL THEN NULL
    WHEN p_list = 'agenda' THEN (SELECT coalesce(max(position), 0) + 1 FROM committee_agenda_items WHERE meeting_id = p_meeting)
    ELSE (SELECT coalesce(max(position), 0) + 1 FROM committee_meeting_papers WHERE meeting_id = p_meeting) END
$$;

-- The marking rules 1-3 for the reader (committee business that is not a document).
CREATE FUNCTION liaison_marking_readable(p_level integer, p_compartments text[], p_originator text,
                                         p_releasability text, p_rel_to text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM liaison_reader r
     WHERE p_level <= r.clearance
       AND p_compartments <@ r.compartments
       AND (p_originator = r.party OR p_releasability = 'coalition'
            OR (p_releasability = 'rel-to' AND r.party = ANY (p_rel_to))))
$$;

-- A charter version comes into force when every party has approved it: the database checks the
-- approvals itself, then supersedes the old charter and puts each party's participants (and only
-- them) in its delegation office, creating the office the first time.
CREATE FUNCTION liaison_committee_bring_into_force(p_committee uuid, p_version integer, p_at timestamptz)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  reader uuid := (SELECT id FROM liaison_reader);
  charter committee_charters%ROWTYPE;
  entry record;
  office uuid;
  office_name text;
BEGIN
  SELECT * INTO charter FROM committee_charters WHERE committee_id = p_committee AND version = p_version FOR UPDATE;
  IF NOT FOUND OR charter.status <> 'awaiting-approval' THEN RETURN false; END IF;
  IF reader IS NULL OR NOT EXISTS (SELECT 1 FROM committee_charter_approvals
                                    WHERE committee_id = p_committee AND version = p_version AND person_id = reader) THEN
    RAISE EXCEPTION 'only an approver brings a charter into force' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (
    SELECT 1 FROM (
      SELECT party FROM committee_charter_parties WHERE committee_id = p_committee AND version = p_version
      UNION
      SELECT cp.party FROM committee_charter_parties cp, committees c
       WHERE c.id = p_committee AND cp.committee_id = c.id AND cp.version = c.charter_version) parties
     WHERE NOT EXISTS (
       SELECT 1 FROM committee_charter_approvals a
        WHERE a.committee_id = p_committee AND a.version = p_version AND a.party = parties.party
          AND a.person_id = liaison_committee_charter_approver(p_committee, p_version, parties.party))) THEN
    RAISE EXCEPTION 'charter % of committee % lacks a party''s approval', p_version, p_committee
      USING ERRCODE = 'check_violation';
  END IF;
  UPDATE committee_charters SET status = 'superseded'
   WHERE committee_id = p_committee AND status = 'in-force';
  UPDATE committee_charters SET status = 'in-force', in_force_at = p_at
   WHERE committee_id = p_committee AND version = p_version;
  UPDATE committees SET charter_version = p_version WHERE id = p_committee;

  FOR entry IN SELECT party FROM committee_charter_parties WHERE committee_id = p_committee AND version = p_version LOOP
    SELECT office_id INTO office FROM committee_delegations WHERE committee_id = p_committee AND party = entry.party;
    IF NOT FOUND THEN
      office := gen_random_uuid();
      office_name := left(charter.name, 170) || ' (' || entry.party || ' delegation)';
      IF EXISTS (SELECT 1 FROM offices WHERE party = entry.party AND name = office_name) THEN
        office_name := left(charter.name, 160) || ' (' || entry.party || ' delegation ' || left(p_committee::text, 8) || ')';
      END IF;
      INSERT INTO offices (id, party, name, kind) VALUES (office, entry.party, office_name, 'delegation');
      INSERT INTO committee_delegations (committee_id, party, office_id) VALUES (p_committee, entry.party, office);
    END IF;
  END LOOP;
  -- Every delegation of the committee holds exactly its party's participants under the new charter.
  DELETE FROM office_members m USING committee_delegations d
   WHERE d.committee_id = p_committee AND m.office_id = d.office_id
     AND NOT EXISTS (SELECT 1 FROM committee_charter_participants cp
                      WHERE cp.committee_id = p_committee AND cp.version = p_version
                        AND cp.party = d.party AND cp.person_id = m.person_id);
  INSERT INTO office_members (office_id, person_id)
  SELECT d.office_id, cp.person_id FROM committee_charter_participants cp
    JOIN committee_delegations d ON d.committee_id = cp.committee_id AND d.party = cp.party
   WHERE cp.committee_id = p_committee AND cp.version = p_version
  ON CONFLICT DO NOTHING;
  RETURN true;
END $$;

ALTER TABLE committees ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_charters ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_charter_parties ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_charter_participants ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_reserved_matters ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_charter_approvals ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_delegations ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_meetings ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_agenda_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_override_consents ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_meeting_papers ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_meeting_attendance ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_texts ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_text_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_text_consents ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_responses ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_action_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_translations ENABLE ROW LEVEL SECURITY;

-- The committee and its charters: only for those it concerns.
CREATE POLICY committees_read ON committees FOR SELECT TO liaison_app USING (liaison_committee_concerns_reader(id));
CREATE POLICY committees_propose ON committees FOR INSERT TO liaison_app
  WITH CHECK (created_by = (SELECT id FROM liaison_reader) AND charter_version = 0);
CREATE POLICY charters_read ON committee_charters FOR SELECT TO liaison_app
  USING (liaison_committee_concerns_reader(committee_id));
CREATE POLICY charters_propose ON committee_charters FOR INSERT TO liaison_app WITH CHECK (
  proposed_by = (SELECT id FROM liaison_reader) AND status = 'awaiting-approval'
  AND ((version = 1 AND EXISTS (SELECT 1 FROM committees c WHERE c.id = committee_id AND c.created_by = proposed_by AND c.charter_version = 0))
       OR (version > 1 AND liaison_committee_role(committee_id) = 'member'))
);
CREATE POLICY charter_parties_read ON committee_charter_parties FOR SELECT TO liaison_app
  USING (liaison_committee_concerns_reader(committee_id));
CREATE POLICY charter_parties_write ON committee_charter_parties FOR INSERT TO liaison_app
  WITH CHECK (liaison_committee_charter_open_to_reader(committee_id, version));
CREATE POLICY charter_participants_read ON committee_charter_participants FOR SELECT TO liaison_app
  USING (liaison_committee_concerns_reader(committee_id));
CREATE POLICY charter_participants_write ON committee_charter_participants FOR INSERT TO liaison_app
  WITH CHECK (liaison_committee_charter_open_to_reader(committee_id, version));
CREATE POLICY reserved_matters_read ON committee_reserved_matters FOR SELECT TO liaison_app
  USING (liaison_committee_concerns_reader(committee_id));
CREATE POLICY reserved_matters_write ON committee_reserved_matters FOR INSERT TO liaison_app
  WITH CHECK (liaison_committee_charter_open_to_reader(committee_id, version));
CREATE POLICY charter_approvals_read ON committee_charter_approvals FOR SELECT TO liaison_app
  USING (liaison_committee_concerns_reader(committee_id));
CREATE POLICY charter_approvals_give ON committee_charter_approvals FOR INSERT TO liaison_app WITH CHECK (
  person_id = (SELECT id FROM liaison_reader)
  AND person_id = liaison_committee_charter_approver(committee_id, version, party)
  AND EXISTS (SELECT 1 FROM committee_charters ch
               WHERE ch.committee_id = committee_charter_approvals.committee_id
                 AND ch.version = committee_charter_approvals.version AND ch.status = 'awaiting-approval')
);
CREATE POLICY delegations_read ON committee_delegations FOR SELECT TO liaison_app
  USING (liaison_committee_concerns_reader(committee_id));

-- Agenda items and meetings: participants only, and only what rules 1-3 let them read.
CREATE POLICY agenda_items_read ON committee_agenda_items FOR SELECT TO liaison_app USING (
  liaison_committee_role(committee_id) IS NOT NULL
  AND liaison_marking_readable(level, compartments, originator, releasability, rel_to)
);
CREATE POLICY agenda_items_propose ON committee_agenda_items FOR INSERT TO liaison_app WITH CHECK (
  proposed_by = (SELECT id FROM liaison_reader)
  AND originator = (SELECT party FROM liaison_reader)
  AND level <= (SELECT clearance FROM liaison_reader)
  AND compartments <@ (SELECT compartments FROM liaison_reader)
  AND liaison_committee_role(committee_id) IS NOT NULL
);
CREATE POLICY agenda_items_arrange ON committee_agenda_items FOR UPDATE TO liaison_app
  USING (liaison_committee_role(committee_id) IS NOT NULL)
  WITH CHECK (liaison_committee_role(committee_id) IS NOT NULL);
CREATE POLICY override_consents_read ON committee_override_consents FOR SELECT TO liaison_app
  USING (EXISTS (SELECT 1 FROM committee_agenda_items i WHERE i.id = item_id));
CREATE POLICY override_consents_give ON committee_override_consents FOR INSERT TO liaison_app WITH CHECK (
  person_id = (SELECT id FROM liaison_reader)
  AND party = liaison_committee_member_party(liaison_committee_of_item(item_id))
  AND EXISTS (SELECT 1 FROM committee_agenda_items i WHERE i.id = item_id AND i.status = 'referred')
);

CREATE POLICY meetings_read ON committee_meetings FOR SELECT TO liaison_app USING (
  liaison_committee_role(committee_id) IS NOT NULL
  AND liaison_marking_readable(level, compartments, originator, releasability, rel_to)
);
CREATE POLICY meetings_convene ON committee_meetings FOR INSERT TO liaison_app WITH CHECK (
  convened_by = (SELECT id FROM liaison_reader) AND liaison_committee_role(committee_id) IS NOT NULL
);
CREATE POLICY meetings_arrange ON committee_meetings FOR UPDATE TO liaison_app
  USING (liaison_committee_role(committee_id) IS NOT NULL)
  WITH CHECK (liaison_committee_role(committee_id) IS NOT NULL);
CREATE POLICY papers_read ON committee_meeting_papers FOR SELECT TO liaison_app USING (
  EXISTS (SELECT 1 FROM committee_meetings m WHERE m.id = meeting_id)
  AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id)
);
CREATE POLICY papers_attach ON committee_meeting_papers FOR INSERT TO liaison_app WITH CHECK (
  added_by = (SELECT id FROM liaison_reader)
  AND liaison_committee_role(liaison_committee_of_meeting(meeting_id)) IS NOT NULL
  AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.state = 'issued')
);
CREATE POLICY attendance_read ON committee_meeting_attendance FOR SELECT TO liaison_app
  USING (EXISTS (SELECT 1 FROM committee_meetings m WHERE m.id = meeting_id));
CREATE POLICY attendance_record ON committee_meeting_attendance FOR INSERT TO liaison_app WITH CHECK (
  recorded_by = (SELECT id FROM liaison_reader)
  AND liaison_committee_role(liaison_committee_of_meeting(meeting_id)) IS NOT NULL
);
CREATE POLICY attendance_correct ON committee_meeting_attendance FOR DELETE TO liaison_app
  USING (liaison_committee_role(liaison_committee_of_meeting(meeting_id)) IS NOT NULL);

-- Negotiated texts are seen through their documents: a text exists for whoever may read one of its
-- versions or its issued document (rules 1-6, with the embargo), and nobody else.
CREATE POLICY texts_read ON committee_texts FOR SELECT TO liaison_app USING (
  liaison_committee_concerns_reader(committee_id)
  AND EXISTS (SELECT 1 FROM documents d WHERE d.id = ANY (liaison_committee_text_documents(committee_texts.id)))
);
CREATE POLICY texts_start ON committee_texts FOR INSERT TO liaison_app WITH CHECK (
  created_by = (SELECT id FROM liaison_reader) AND state = 'open' AND current_version = 1
  AND liaison_committee_role(committee_id) IS NOT NULL
);
CREATE POLICY texts_advance ON committee_texts FOR UPDATE TO liaison_app
  USING (liaison_committee_role(committee_id) IS NOT NULL)
  WITH CHECK (liaison_committee_role(committee_id) IS NOT NULL);
CREATE POLICY text_versions_read ON committee_text_versions FOR SELECT TO liaison_app
  USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id));
CREATE POLICY text_versions_write ON committee_text_versions FOR INSERT TO liaison_app WITH CHECK (
  author_id = (SELECT id FROM liaison_reader) AND party = (SELECT party FROM liaison_reader)
  AND liaison_committee_role(liaison_committee_of_text(text_id)) IS NOT NULL
  AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.drafter_id = author_id)
);
CREATE POLICY text_consents_read ON committee_text_consents FOR SELECT TO liaison_app
  USING (EXISTS (SELECT 1 FROM documents d
                  WHERE d.id = liaison_committee_version_document(committee_text_consents.text_id, committee_text_consents.version)));
CREATE POLICY text_consents_give ON committee_text_consents FOR INSERT TO liaison_app WITH CHECK (
  person_id = (SELECT id FROM liaison_reader)
  AND party = liaison_committee_member_party(liaison_committee_of_text(text_id))
  AND EXISTS (SELECT 1 FROM committee_text_versions v
               WHERE v.text_id = committee_text_consents.text_id AND v.version = committee_text_consents.version)
);
CREATE POLICY responses_read ON committee_responses FOR SELECT TO liaison_app
  USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = liaison_committee_issued_document(committee_responses.text_id)));
CREATE POLICY responses_give ON committee_responses FOR INSERT TO liaison_app WITH CHECK (
  person_id = (SELECT id FROM liaison_reader)
  AND party = (SELECT party FROM liaison_reader)
  AND liaison_committee_is_chief(liaison_committee_of_text(text_id), party)
  AND liaison_committee_role(liaison_committee_of_text(text_id)) IS NULL
  AND EXISTS (SELECT 1 FROM committee_texts t JOIN documents d ON d.id = t.issued_document_id
               WHERE t.id = text_id AND t.kind = 'recommendation' AND t.state = 'agreed')
);

-- Action items go with their meeting (its marking covers them), and to their owner.
CREATE POLICY action_items_read ON committee_action_items FOR SELECT TO liaison_app USING (
  EXISTS (SELECT 1 FROM committee_meetings m WHERE m.id = meeting_id)
  OR owner_id = (SELECT id FROM liaison_reader)
);
CREATE POLICY action_items_assign ON committee_action_items FOR INSERT TO liaison_app WITH CHECK (
  assigned_by = (SELECT id FROM liaison_reader)
  AND EXISTS (SELECT 1 FROM committee_meetings m
               WHERE m.id = meeting_id AND m.committee_id = committee_action_items.committee_id)
);
CREATE POLICY action_items_complete ON committee_action_items FOR UPDATE TO liaison_app
  USING (owner_id = (SELECT id FROM liaison_reader) OR liaison_committee_role(committee_id) IN ('member', 'secretary'))
  WITH CHECK (completed_by = (SELECT id FROM liaison_reader));

-- A translation carries its document's marking: read with the document, made by an interpreter who
-- may read the issued document.
CREATE POLICY translations_read ON document_translations FOR SELECT TO liaison_app
  USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id));
CREATE POLICY translations_add ON document_translations FOR INSERT TO liaison_app WITH CHECK (
  translator_id = (SELECT id FROM liaison_reader)
  AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.state = 'issued')
  AND EXISTS (SELECT 1 FROM people p WHERE p.id = translator_id AND 'interpreter' = ANY (p.roles))
);

GRANT SELECT, INSERT ON committees, committee_charters, committee_charter_parties, committee_charter_participants,
  committee_reserved_matters, committee_charter_approvals TO liaison_app;
GRANT SELECT ON committee_delegations TO liaison_app;
GRANT SELECT, INSERT ON committee_agenda_items, committee_override_consents, committee_meetings,
  committee_meeting_papers, committee_texts, committee_text_versions, committee_text_consents,
  committee_responses, committee_action_items, document_translations TO liaison_app;
GRANT SELECT, INSERT, DELETE ON committee_meeting_attendance TO liaison_app;
GRANT UPDATE (status, meeting_id, position, overridden_at) ON committee_agenda_items TO liaison_app;
GRANT UPDATE (status, banner, originator, level, compartments, releasability, rel_to) ON committee_meetings TO liaison_app;
GRANT UPDATE (state, current_version, issued_document_id, updated_at) ON committee_texts TO liaison_app;
GRANT UPDATE (state, completed_by, completed_at) ON committee_action_items TO liaison_app;
GRANT EXECUTE ON FUNCTION liaison_committee_governing_version(uuid), liaison_committee_role(uuid),
  liaison_committee_member_party(uuid), liaison_committee_is_chief(uuid, text), liaison_committee_concerns_reader(uuid),
  liaison_committee_of_text(uuid), liaison_committee_of_meeting(uuid), liaison_committee_of_item(uuid),
  liaison_committee_next_meeting_number(uuid), liaison_committee_next_position(uuid, text),
  liaison_committee_text_documents(uuid), liaison_committee_version_document(uuid, integer),
  liaison_committee_issued_document(uuid), liaison_committee_lock(uuid),
  liaison_committee_charter_open_to_reader(uuid, integer), liaison_committee_charter_approver(uuid, integer, text),
  liaison_marking_readable(integer, text[], text, text, text[]),
  liaison_committee_bring_into_force(uuid, integer, timestamptz) TO liaison_app;
