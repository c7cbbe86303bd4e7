-- A second factor (TOTP) and lockout after repeated failed logins. The application role changes these
-- columns only through the functions below: a person's own second factor as themselves, and the
-- login bookkeeping, which happens before anyone is logged in.

ALTER TABLE people
  ADD COLUMN totp_secret text,
  ADD COLUMN totp_pending_secret text,
  ADD COLUMN totp_last_step bigint,
  ADD COLUMN failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  ADD COLUMN locked_until timestamptz;

CREATE FUNCTION liaison_login_failed(p_person uuid, p_now timestamptz, p_threshold integer, p_lock interval)
RETURNS timestamptz LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE people SET
    failed_logins = failed_logins + 1,
    locked_until = CASE WHEN failed_logins + 1 >= p_threshold THEN p_now + p_lock ELSE locked_until END
  WHERE id = p_person
  RETURNING locked_until
$$;

-- greatest() ignores NULL: a login without a code leaves the last accepted step as it was.
CREATE FUNCTION liaison_login_succeeded(p_person uuid, p_totp_step bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE people SET failed_logins = 0, locked_until = NULL, totp_last_step = greatest(totp_last_step, p_totp_step)
  WHERE id = p_person
$$;

-- The person in context changes their own second factor, and nothing else.
CREATE FUNCTION liaison_set_second_factor(p_pending text, p_secret text, p_last_step bigint) RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE people SET totp_pending_secret = p_pending, totp_secret = p_secret, totp_last_step = greatest(totp_last_step, p_last_step)
  WHERE id = nullif(current_setting('liaison.person_id', true), '')::uuid AND status = 'active'
  RETURNING true
$$;

GRANT EXECUTE ON FUNCTION liaison_login_failed(uuid, timestamptz, integer, interval) TO liaison_app;
GRANT EXECUTE ON FUNCTION liaison_login_succeeded(uuid, bigint) TO liaison_app;
GRANT EXECUTE ON FUNCTION liaison_set_second_factor(text, text, bigint) TO liaison_app;
