-- The referral confirmation promised contact "within 5 working days" while the confirmation page and the programme's
-- rule (DOMAIN: acknowledge within 2 working days) say 2. Starting texts nobody has changed are corrected; a text an
-- administrator wrote is theirs and is left alone.
UPDATE notification_template
SET body = replace(body, 'within 5 working days', 'within 2 working days')
WHERE kind = 'referral-received' AND edited_by = 'Anchorage' AND body LIKE '%within 5 working days%';
