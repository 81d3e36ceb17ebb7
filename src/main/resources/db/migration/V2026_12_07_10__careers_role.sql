-- Roles in health and care (step 11): the entry roles a resident could do, in plain words a 9-year-old can read
-- (Flesch-Kincaid grade 4 or below, checked when a manager saves), with an easy-read version for the
-- learning-disability internship. The usual Agenda for Change band is here; its pay is read from the placement
-- module's pay table (placement_afc_band) for the day the page is shown, so a new pay year needs no edit here.
CREATE TABLE careers_role (
    slug          TEXT PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
    title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
    role_family   TEXT NOT NULL CHECK (role_family IN ('nursing-support', 'customer-services', 'administration', 'pharmacy',
                                                       'estates', 'facilities', 'maintenance', 'catering', 'portering')),
    what_it_is    TEXT NOT NULL CHECK (length(what_it_is) BETWEEN 1 AND 600),
    day_in_job    TEXT NOT NULL CHECK (length(day_in_job) BETWEEN 1 AND 1200),
    afc_band      TEXT CHECK (afc_band IN ('2', '3', '4', '5')),
    training      TEXT NOT NULL CHECK (length(training) BETWEEN 1 AND 600),
    route         TEXT NOT NULL CHECK (length(route) BETWEEN 1 AND 800),
    easy_read     TEXT NOT NULL CHECK (length(easy_read) BETWEEN 1 AND 600),
    shown_order   INT NOT NULL CHECK (shown_order BETWEEN 1 AND 999),
    published     BOOLEAN NOT NULL,
    edited_by     TEXT NOT NULL CHECK (length(edited_by) BETWEEN 1 AND 200),
    edited_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX careers_role_shown_idx ON careers_role (published, shown_order);

COMMENT ON COLUMN careers_role.slug IS 'not personal: the role''s address, /roles/{slug}';
COMMENT ON COLUMN careers_role.title IS 'not personal: name of the role';
COMMENT ON COLUMN careers_role.role_family IS 'not personal: NHS role family';
COMMENT ON COLUMN careers_role.what_it_is IS 'not personal: what the job is, in plain words';
COMMENT ON COLUMN careers_role.day_in_job IS 'not personal: a day in the job, in plain words';
COMMENT ON COLUMN careers_role.afc_band IS 'not personal: usual Agenda for Change band (pay from placement_afc_band), or none';
COMMENT ON COLUMN careers_role.training IS 'not personal: training needed, in plain words';
COMMENT ON COLUMN careers_role.route IS 'not personal: the route through the programme into the role';
COMMENT ON COLUMN careers_role.easy_read IS 'not personal: easy-read text, one short sentence a line';
COMMENT ON COLUMN careers_role.shown_order IS 'not personal: where the role comes in lists (lower first)';
COMMENT ON COLUMN careers_role.published IS 'not personal: shown to residents';
COMMENT ON COLUMN careers_role.edited_by IS 'personal: name of the staff member who last changed it';
COMMENT ON COLUMN careers_role.edited_at IS 'not personal: when it was last changed';

INSERT INTO careers_role (slug, title, role_family, what_it_is, day_in_job, afc_band, training, route, easy_read, shown_order, published,
                          edited_by, edited_at) VALUES
('healthcare-support-worker', 'Healthcare support worker', 'nursing-support',
 'You help nurses look after patients on a ward. You help people wash, dress and eat. You sit with them and talk. You make sure they are safe and feel cared for.',
 'You start with the team at a handover. They tell you how each patient is. You help patients get up, wash and dress. You bring them food and drinks, and help them eat if they need it. You check things like their heart rate and write them down. You change beds and keep the ward clean and tidy. You work in shifts, and some are at night or at the weekend.',
 '2',
 'You do not need a degree. You need to be kind and keen to learn. You do the Care Certificate in your first weeks. It shows you how to care for people safely. With more training, you can move up to Band 3.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement on a ward, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You help nurses care for people.
You help people wash, dress and eat.
You talk with them and keep them safe.
Some shifts are at night.',
 10, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00'),
('customer-services-assistant', 'Customer services assistant', 'customer-services',
 'You are the first person people meet. You help them at the front desk or on the phone. You tell them where to go and what to do next. You stay calm and kind, even when people are upset.',
 'You open the desk and check the list of who is coming in. You say hello to people and book them in. You take calls and pass on notes. You help people find their way. You use a computer to look up and book times.',
 '2',
 'You do not need a degree. You need to be good with people and to use a computer. We can help you with the computer if you need it. You learn the rest on the job.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You meet people at the front desk.
You help them on the phone.
You tell people where to go.
You use a computer.',
 20, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00'),
('admin-assistant', 'Admin assistant', 'administration',
 'You keep things in order so the team can look after patients. You type letters, book times and keep notes up to date. You answer the phone and send emails.',
 'You check the emails and the post. You book patients in to see a nurse or a doctor. You type up letters and send them out. You keep notes safe and up to date on the computer. You help the team find what they need.',
 '2',
 'You do not need a degree. You need good English and maths, and to use a computer. We can help you with these if you need it. You learn how the team works on the job. You learn how to keep notes safe and private.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement in an office, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You work in an office.
You use a computer and a phone.
You book times for patients.
You keep notes safe.',
 30, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00'),
('pharmacy-support-worker', 'Pharmacy support worker', 'pharmacy',
 'You help the pharmacy team get medicines to the wards and to patients. You pick, count and pack medicines. You check the stock and put new stock away.',
 'You take the orders from the wards. You pick the right medicines from the shelves and pack them. A pharmacist checks them before they go. You put new stock away and check the dates. You help keep the pharmacy clean and tidy.',
 '2',
 'You do not need a degree. You need to be careful and good at checking things. You need good English and maths. You learn about medicines on the job. Later you can train to be a pharmacy technician.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement in a pharmacy, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You work in a pharmacy.
You help get medicines to people.
You pick and pack them.
You check things with care.',
 40, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00'),
('estates-assistant', 'Estates assistant', 'estates',
 'You help look after the hospital buildings and the land around them. You keep paths, car parks and gardens safe and tidy. You move things from place to place.',
 'You check the list of jobs for the day. You move beds, desks and boxes to where they need to go. You clear paths and put out grit when it is icy. You look after the plants and the grass. You tell the team when something is broken.',
 '2',
 'You do not need a degree. You need to be fit and to like working with your hands. You learn how to lift and move things safely. You may need to drive for some jobs.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You look after the hospital grounds.
You move things to where they need to go.
You keep paths safe.
You work outside a lot.',
 50, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00'),
('domestic-assistant', 'Domestic assistant', 'facilities',
 'You keep the wards and rooms clean, so germs do not spread. A clean ward helps patients get well. You are part of the ward team.',
 'You clean floors, beds, sinks and toilets. You use the right cloth and spray for each job. You empty the bins and take them away. You clean a room well when a patient goes home. You help keep patients safe from germs.',
 '2',
 'You do not need a degree. You need to be careful and to work well in a team. You learn how to stop germs from spreading. You learn how to use the cleaning sprays safely.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You clean the wards and rooms.
This stops germs.
It helps patients get well.
You work in a team.',
 60, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00'),
('maintenance-assistant', 'Maintenance assistant', 'maintenance',
 'You help fix things in the hospital. You work with the trades team, like plumbers and electricians. You help keep the heat, lights and water on.',
 'You get a list of jobs to do. You go with a skilled worker to fix a tap, a light or a door. You pass them tools and learn as you go. You check that things work and are safe. You write down what you did.',
 '3',
 'You do not need a degree. You need to like fixing things and working with your hands. You learn how to work safely with tools. Some people go on to train in a trade, like a plumber.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You help fix things.
You work with a skilled team.
You use tools safely.
You learn as you go.',
 70, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00'),
('catering-assistant', 'Catering assistant', 'catering',
 'You help make and serve food for patients and staff. Good food helps patients get well. You keep the kitchen clean and safe.',
 'You help get the food ready in the kitchen. You take meals to the wards on a trolley. You help patients pick what they want to eat. You serve food and drinks in the cafe. You wash up and clean the kitchen.',
 '2',
 'You do not need a degree. You learn how to keep food safe and clean. You learn about food that some patients can not eat. You get a food safety award.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement in a kitchen, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You help make food.
You take meals to patients.
You keep the kitchen clean.
Food helps people get well.',
 80, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00'),
('porter', 'Porter', 'portering',
 'You move patients and things around the hospital. You push patients in beds and chairs to where they need to go. You take post, blood tests and kit from ward to ward.',
 'You get your jobs on a phone or a radio. You take a patient from the ward for a scan. You bring them back to the ward safely. You take post and blood tests where they need to go. You walk a lot each day.',
 '2',
 'You do not need a degree. You need to be fit and kind to people. You learn how to move patients safely. You learn your way round the hospital.',
 'A person from our team meets you first. You make a plan together. You do the NHS training with us, for free. Then you can try the job on a paid placement, with a mentor. We help you apply and get ready to meet the boss. We stay in touch when you start.',
 'You move patients around the hospital.
You push beds and chairs.
You take things from ward to ward.
You walk a lot.',
 90, TRUE, 'Anchorage (shipped content)', '2026-12-07 09:00:00+00');
