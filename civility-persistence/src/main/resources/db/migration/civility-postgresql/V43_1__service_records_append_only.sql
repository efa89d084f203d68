-- R-REC-1 in the database itself: a stored service record is never updated or deleted (a correction is a new row),
-- and a chain's head only moves forward and is never deleted. Whoever bypasses this (a superuser disabling the
-- triggers) is still caught by the sealed head, whose key is not in the database.
CREATE FUNCTION civ_refuse_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'civ_service_record is append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;

CREATE TRIGGER civ_service_record_append_only
    BEFORE UPDATE OR DELETE ON civ_service_record
    FOR EACH ROW EXECUTE FUNCTION civ_refuse_record_change();

CREATE FUNCTION civ_refuse_head_rewind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.unit_id <> OLD.unit_id OR NEW.seq_no <= OLD.seq_no THEN
        RAISE EXCEPTION 'civ_service_record_head only moves forward: % refused', TG_OP USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER civ_service_record_head_forward_only
    BEFORE UPDATE OR DELETE ON civ_service_record_head
    FOR EACH ROW EXECUTE FUNCTION civ_refuse_head_rewind();
