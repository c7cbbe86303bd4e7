-- Issued minutes record who attended their meeting: from then on the attendance is closed, whoever writes.
CREATE FUNCTION liaison_committee_attendance_closed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  v_meeting uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.meeting_id ELSE NEW.meeting_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM committee_texts t
              WHERE t.meeting_id = v_meeting AND t.kind = 'minutes' AND t.state = 'agreed') THEN
    RAISE EXCEPTION 'meeting %: its minutes are issued, and its attendance with them', v_meeting
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER committee_meeting_attendance_closed BEFORE INSERT OR UPDATE OR DELETE ON committee_meeting_attendance
  FOR EACH ROW EXECUTE FUNCTION liaison_committee_attendance_closed();
