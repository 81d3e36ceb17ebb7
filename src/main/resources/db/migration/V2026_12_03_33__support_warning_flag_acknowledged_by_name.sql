-- The flag page names who acknowledged a warning as colleagues know them, not by their sign-in email.
COMMENT ON COLUMN support_warning_flag.acknowledged_by IS 'personal: who acknowledged it (the staff member''s name as shown in the service)';
