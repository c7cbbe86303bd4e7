-- Reading a document's copies tested the document's own read policy up to three times per copy (twice
-- directly, once more through the dissemination the copy came from): a third of the time of reading a
-- document. The same rule, with the document's policy tested once per copy: the holder's and the
-- originator's conditions inside that one test, and the dissemination's maker checked without going
-- through the disseminations' policy again (the document is already known to be readable there).

CREATE FUNCTION liaison_disseminated_by_reader(p_dissemination uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM disseminations ds, liaison_reader r
                  WHERE ds.id = p_dissemination AND ds.disseminated_by = r.id)
$$;

DROP POLICY copies_read ON copies;
CREATE POLICY copies_read ON copies FOR SELECT TO liaison_app USING (
  EXISTS (
    SELECT 1 FROM documents d
     WHERE d.id = copies.document_id
       AND (copies.holder_person = (SELECT id FROM liaison_reader)
            OR copies.assigned_to = (SELECT id FROM liaison_reader)
            OR (copies.assigned_to IS NULL AND copies.holder_office = ANY ((SELECT offices FROM liaison_reader)::uuid[]))
            OR (copies.assigned_to IS NULL AND copies.holder_party = (SELECT party FROM liaison_reader))
            OR d.drafter_id = (SELECT id FROM liaison_reader)
            OR (d.originator = (SELECT party FROM liaison_reader)
                AND ((SELECT is_registry_clerk FROM liaison_reader) OR liaison_reader_is_officer()))
            OR liaison_disseminated_by_reader(copies.dissemination_id)))
);
