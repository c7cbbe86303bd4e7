-- Personnel security, enforced again in the database: the application role may change read-ins,
-- clearances and suspensions only as a security officer acting within their authority (the same
-- rules as src/core/personnel/personnel.rules.ts).

ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE read_ins ENABLE ROW LEVEL SECURITY;

-- The directory stays readable to the application role; only the writes are restricted.
CREATE POLICY people_read ON people FOR SELECT TO liaison_app USING (true);
CREATE POLICY read_ins_read ON read_ins FOR SELECT TO liaison_app USING (true);

CREATE FUNCTION liaison_reader_is_officer() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM people p
     WHERE p.id = nullif(current_setting('liaison.person_id', true), '')::uuid
       AND p.status = 'active' AND 'security-officer' = ANY (p.roles))
$$;

-- Clearance and status of one's own party's people, never one's own, never above one's own clearance.
CREATE POLICY people_officer_update ON people FOR UPDATE TO liaison_app
USING (liaison_reader_is_officer() AND party = (SELECT party FROM liaison_reader) AND id <> (SELECT id FROM liaison_reader))
WITH CHECK (party = (SELECT party FROM liaison_reader) AND clearance <= (SELECT clearance FROM liaison_reader));

-- Reading in: only the compartment's owning party's officers, and not themselves.
CREATE POLICY read_ins_grant ON read_ins FOR INSERT TO liaison_app WITH CHECK (
  liaison_reader_is_officer()
  AND person_id <> (SELECT id FROM liaison_reader)
  AND (SELECT c.owner FROM compartments c WHERE c.name = compartment) = (SELECT party FROM liaison_reader)
);

-- Reading out: the owning party's officers, or the person's own party's.
CREATE POLICY read_ins_revoke ON read_ins FOR DELETE TO liaison_app USING (
  liaison_reader_is_officer()
  AND ((SELECT c.owner FROM compartments c WHERE c.name = compartment) = (SELECT party FROM liaison_reader)
       OR (SELECT p.party FROM people p WHERE p.id = person_id) = (SELECT party FROM liaison_reader))
);

GRANT UPDATE (clearance, status) ON people TO liaison_app;
GRANT INSERT, DELETE ON read_ins TO liaison_app;
GRANT EXECUTE ON FUNCTION liaison_reader_is_officer() TO liaison_app;
