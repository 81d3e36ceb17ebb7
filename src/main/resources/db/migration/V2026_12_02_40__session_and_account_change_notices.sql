-- Every node caches sessions and signed-in accounts (ADR 0014). A change committed on any node, or by
-- hand, notifies every node to drop its copy: a session that ends, changes id, principal or timeout, or
-- has an attribute set; an account that changes or goes. Access-time updates alone notify nobody.
CREATE FUNCTION identity_notify_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('anchorage_session', trim(OLD.session_id));
    RETURN NULL;
END $$;

CREATE TRIGGER spring_session_deleted AFTER DELETE ON spring_session
    FOR EACH ROW EXECUTE FUNCTION identity_notify_session();
CREATE TRIGGER spring_session_changed AFTER UPDATE ON spring_session
    FOR EACH ROW WHEN (OLD.session_id IS DISTINCT FROM NEW.session_id OR OLD.principal_name IS DISTINCT FROM NEW.principal_name
                       OR OLD.max_inactive_interval IS DISTINCT FROM NEW.max_inactive_interval)
    EXECUTE FUNCTION identity_notify_session();

CREATE FUNCTION identity_notify_session_attribute() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed TEXT;
BEGIN
    SELECT trim(session_id) INTO changed FROM spring_session
    WHERE primary_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.session_primary_id ELSE NEW.session_primary_id END;
    IF changed IS NOT NULL THEN
        PERFORM pg_notify('anchorage_session', changed);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER spring_session_attribute_changed AFTER INSERT OR UPDATE OR DELETE ON spring_session_attributes
    FOR EACH ROW EXECUTE FUNCTION identity_notify_session_attribute();

CREATE FUNCTION identity_notify_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('anchorage_user', OLD.id::text);
    RETURN NULL;
END $$;

CREATE TRIGGER identity_user_account_changed AFTER UPDATE OR DELETE ON identity_user_account
    FOR EACH ROW EXECUTE FUNCTION identity_notify_account();
