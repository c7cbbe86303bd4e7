-- The committee's rules, kept by the database whoever writes. Row-level security says who may touch a
-- committee's business; these triggers say what every change must respect: a text is agreed only with
-- every party's consent, a referral is overridden only with every party's consent, a meeting's marking
-- is never lowered, and no one party recalls what belongs to all of them.

CREATE FUNCTION liaison_committee_parties(p_committee uuid) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce(array_agg(cp.party ORDER BY cp.party), '{}')
    FROM committee_charter_parties cp
   WHERE cp.committee_id = p_committee AND cp.version = liaison_committee_governing_version(p_committee)
$$;

-- Minutes are issued, a recommendation adopted, a proposal agreed only when every party of the charter
-- has consented to the current version; after that the text is settled.
CREATE FUNCTION liaison_committee_texts_before_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF (NEW.id, NEW.committee_id, NEW.kind, NEW.meeting_id, NEW.created_by, NEW.created_at)
       IS DISTINCT FROM (OLD.id, OLD.committee_id, OLD.kind, OLD.meeting_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'committee text %: what it is and whose it is do not change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.state = 'agreed' AND (NEW.state, NEW.current_version, NEW.issued_document_id)
       IS DISTINCT FROM (OLD.state, OLD.current_version, OLD.issued_document_id) THEN
    RAISE EXCEPTION 'committee text % is agreed and settled', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.current_version < OLD.current_version THEN
    RAISE EXCEPTION 'committee text %: versions only move forward', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.state = 'open' AND NEW.state = 'agreed' AND EXISTS (
       SELECT 1 FROM unnest(liaison_committee_parties(NEW.committee_id)) AS p(party)
        WHERE NOT EXISTS (SELECT 1 FROM committee_text_consents c
                           WHERE c.text_id = NEW.id AND c.version = NEW.current_version AND c.party = p.party)) THEN
    RAISE EXCEPTION 'committee text % is agreed only with every party''s consent to version %', NEW.id, NEW.current_version
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER committee_texts_before_update BEFORE UPDATE ON committee_texts
  FOR EACH ROW EXECUTE FUNCTION liaison_committee_texts_before_update();

-- An agenda item keeps who proposed it and why it was referred; a referred item returns to the agenda
-- only when every party has consented to the override.
CREATE FUNCTION liaison_committee_items_before_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF (NEW.committee_id, NEW.proposed_by, NEW.originator, NEW.proposed_at, NEW.referred_to, NEW.referral)
       IS DISTINCT FROM (OLD.committee_id, OLD.proposed_by, OLD.originator, OLD.proposed_at, OLD.referred_to, OLD.referral) THEN
    RAISE EXCEPTION 'agenda item %: its proposer and its referral are kept as recorded', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'referred' AND NEW.status = 'proposed' AND EXISTS (
       SELECT 1 FROM unnest(liaison_committee_parties(NEW.committee_id)) AS p(party)
        WHERE NOT EXISTS (SELECT 1 FROM committee_override_consents c WHERE c.item_id = NEW.id AND c.party = p.party)) THEN
    RAISE EXCEPTION 'agenda item % was referred: it returns to the agenda only with every party''s consent', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER committee_agenda_items_before_update BEFORE UPDATE ON committee_agenda_items
  FOR EACH ROW EXECUTE FUNCTION liaison_committee_items_before_update();

-- A meeting's marking is the high-water mark of what it discussed: it rises, it is never lowered.
CREATE FUNCTION liaison_committee_meetings_before_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.level < OLD.level OR NOT (NEW.compartments @> OLD.compartments) THEN
    RAISE EXCEPTION 'meeting %: its marking is only ever raised', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.committee_id, NEW.number, NEW.convened_by, NEW.created_at)
       IS DISTINCT FROM (OLD.committee_id, OLD.number, OLD.convened_by, OLD.created_at) THEN
    RAISE EXCEPTION 'meeting %: its number and convener do not change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER committee_meetings_before_update BEFORE UPDATE ON committee_meetings
  FOR EACH ROW EXECUTE FUNCTION liaison_committee_meetings_before_update();

-- A committee's texts (each version, and the issued text) belong to every party: none is recalled by one.
CREATE FUNCTION liaison_documents_committee_recall() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF OLD.recalled_at IS NULL AND NEW.recalled_at IS NOT NULL AND (
       EXISTS (SELECT 1 FROM committee_text_versions v WHERE v.document_id = NEW.id)
       OR EXISTS (SELECT 1 FROM committee_texts t WHERE t.issued_document_id = NEW.id)) THEN
    RAISE EXCEPTION 'document % is a committee''s text: no one party recalls it', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER documents_committee_recall BEFORE UPDATE OF recalled_at ON documents
  FOR EACH ROW EXECUTE FUNCTION liaison_documents_committee_recall();

-- Versions are written by the members and the secretaries, not by advisers or interpreters.
DROP POLICY text_versions_write ON committee_text_versions;
CREATE POLICY text_versions_write ON committee_text_versions FOR INSERT TO liaison_app WITH CHECK (
  author_id = (SELECT id FROM liaison_reader) AND party = (SELECT party FROM liaison_reader)
  AND liaison_committee_role(liaison_committee_of_text(text_id)) IN ('member', 'secretary')
  AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.drafter_id = author_id)
);
