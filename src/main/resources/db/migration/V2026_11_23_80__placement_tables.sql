-- Paid placements: employers' sites and host supervisors, placement offers, candidates moving through
-- the pipeline, the six NHS Employment Check Standards per candidate, weekly attendance and host
-- feedback. Minimum wage rates and Agenda for Change bands are data with effective dates.

-- Legal minimum wage by age (GOV.UK, rates from each April). Placements are not apprenticeships, so
-- the apprentice rate is not used. A programme manager adds next April's row when it is announced.
CREATE TABLE placement_minimum_wage (
    effective_from DATE NOT NULL,
    min_age        INT NOT NULL CHECK (min_age BETWEEN 14 AND 99),
    hourly_pence   INT NOT NULL CHECK (hourly_pence > 0),
    label          TEXT NOT NULL,
    PRIMARY KEY (effective_from, min_age)
);
INSERT INTO placement_minimum_wage (effective_from, min_age, hourly_pence, label) VALUES
  ('2024-04-01', 16,  640, 'Under 18'), ('2024-04-01', 18,  860, '18 to 20'), ('2024-04-01', 21, 1144, 'National Living Wage (21 and over)'),
  ('2025-04-01', 16,  755, 'Under 18'), ('2025-04-01', 18, 1000, '18 to 20'), ('2025-04-01', 21, 1221, 'National Living Wage (21 and over)'),
  ('2026-04-01', 16,  800, 'Under 18'), ('2026-04-01', 18, 1085, '18 to 20'), ('2026-04-01', 21, 1271, 'National Living Wage (21 and over)');

-- Agenda for Change: the entry point of each band an entry-level placement is likely to be nearest to.
CREATE TABLE placement_afc_band (
    band           TEXT NOT NULL CHECK (band IN ('2', '3', '4', '5')),
    effective_from DATE NOT NULL,
    entry_pence    INT NOT NULL CHECK (entry_pence > 0),
    examples       TEXT NOT NULL,
    PRIMARY KEY (band, effective_from)
);
INSERT INTO placement_afc_band (band, effective_from, entry_pence, examples) VALUES
  ('2', '2025-04-01', 2446500, 'healthcare support worker (personal care), clerical officer, domestic, porter'),
  ('3', '2025-04-01', 2493700, 'support worker with delegated clinical tasks, clinical coding officer, estates maintenance'),
  ('4', '2025-04-01', 2748500, 'assistant practitioner, senior administrator, pharmacy technician in training'),
  ('5', '2025-04-01', 3104900, 'newly qualified nurse or allied health professional');

CREATE TABLE placement_site (
    id                   UUID PRIMARY KEY,
    organisation_id      UUID NOT NULL REFERENCES organisation_organisation (id),
    name                 TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    address              TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
    postcode             TEXT NOT NULL,
    latitude             DOUBLE PRECISION,
    longitude            DOUBLE PRECISION,
    local_authority_code TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           TEXT NOT NULL,
    UNIQUE (organisation_id, name)
);

CREATE TABLE placement_supervisor (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation_organisation (id),
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    job_title       TEXT NOT NULL CHECK (length(job_title) <= 200),
    email           TEXT NOT NULL CHECK (length(email) <= 254),
    phone           TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 30),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE placement_offer (
    id                  UUID PRIMARY KEY,
    programme_id        UUID NOT NULL REFERENCES programme_programme (id),
    organisation_id     UUID NOT NULL REFERENCES organisation_organisation (id),
    site_id             UUID NOT NULL REFERENCES placement_site (id),
    supervisor_id       UUID REFERENCES placement_supervisor (id),
    title               TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    role_family         TEXT NOT NULL,
    afc_band            TEXT CHECK (afc_band IN ('2', '3', '4', '5')),
    description         TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    hours_per_week      NUMERIC(4, 1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 48),
    shift_pattern       TEXT NOT NULL,
    hourly_pay_pence    INT NOT NULL CHECK (hourly_pay_pence > 0),
    starts_on           DATE NOT NULL,
    ends_on             DATE NOT NULL CHECK (ends_on > starts_on),
    places              INT NOT NULL CHECK (places BETWEEN 1 AND 100),
    dbs_level           TEXT NOT NULL CHECK (dbs_level IN ('none', 'basic', 'standard', 'enhanced', 'enhanced-barred')),
    minimum_age         INT NOT NULL CHECK (minimum_age BETWEEN 16 AND 99),
    checks_before_start TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          TEXT NOT NULL
);
CREATE INDEX placement_offer_organisation_idx ON placement_offer (organisation_id);
CREATE INDEX placement_offer_programme_idx ON placement_offer (programme_id, status);

CREATE TABLE placement_candidate (
    id                UUID PRIMARY KEY,
    offer_id          UUID NOT NULL REFERENCES placement_offer (id),
    participant_id    UUID NOT NULL REFERENCES participant_participant (id),
    stage             TEXT NOT NULL CHECK (stage IN ('suggested', 'put-forward', 'interview', 'conditional-offer', 'checks',
                                                     'started', 'completed', 'ended-early', 'not-selected', 'withdrawn')),
    suitability       INT CHECK (suitability BETWEEN 0 AND 100),
    reasons           TEXT NOT NULL DEFAULT '',
    availability      TEXT NOT NULL DEFAULT '' CHECK (length(availability) <= 500),
    readiness_summary TEXT NOT NULL DEFAULT '' CHECK (length(readiness_summary) <= 1000),
    adjustments       TEXT NOT NULL DEFAULT '' CHECK (length(adjustments) <= 1000),
    suggested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    suggested_by      TEXT NOT NULL,
    put_forward_at    TIMESTAMP WITH TIME ZONE,
    interview_at      TIMESTAMP WITH TIME ZONE,
    interview_outcome TEXT CHECK (interview_outcome IN ('offer', 'not-selected')),
    interview_notes   TEXT NOT NULL DEFAULT '' CHECK (length(interview_notes) <= 2000),
    offered_on        DATE,
    planned_start_on  DATE,
    started_on        DATE,
    ended_on          DATE,
    end_reason        TEXT CHECK (length(end_reason) <= 500),
    version           INT NOT NULL DEFAULT 0,
    UNIQUE (offer_id, participant_id)
);
CREATE INDEX placement_candidate_participant_idx ON placement_candidate (participant_id);

CREATE TABLE placement_check (
    candidate_id          UUID NOT NULL REFERENCES placement_candidate (id),
    standard              TEXT NOT NULL CHECK (standard IN ('identity', 'right-to-work', 'registration-qualifications',
                                                            'employment-history-references', 'criminal-record', 'work-health')),
    required_before_start BOOLEAN NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'passed', 'failed', 'not-needed')),
    who_acts_next         TEXT CHECK (who_acts_next IN ('candidate', 'employer', 'third-party', 'programme')),
    requested_on          DATE NOT NULL,
    due_on                DATE NOT NULL,
    completed_on          DATE,
    expires_on            DATE,
    evidence_seen         TEXT NOT NULL DEFAULT '' CHECK (length(evidence_seen) <= 500),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            TEXT NOT NULL,
    PRIMARY KEY (candidate_id, standard)
);

CREATE TABLE placement_attendance (
    candidate_id   UUID NOT NULL REFERENCES placement_candidate (id),
    week_starting  DATE NOT NULL CHECK (extract(isodow FROM week_starting) = 1),
    hours_attended NUMERIC(4, 1) NOT NULL CHECK (hours_attended BETWEEN 0 AND 60),
    days_absent    INT NOT NULL DEFAULT 0 CHECK (days_absent BETWEEN 0 AND 7),
    note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    confirmed_by   TEXT NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (candidate_id, week_starting)
);

CREATE TABLE placement_feedback (
    candidate_id   UUID NOT NULL REFERENCES placement_candidate (id),
    point          TEXT NOT NULL CHECK (point IN ('midpoint', 'end')),
    reliability    INT NOT NULL CHECK (reliability BETWEEN 1 AND 5),
    teamwork       INT NOT NULL CHECK (teamwork BETWEEN 1 AND 5),
    communication  INT NOT NULL CHECK (communication BETWEEN 1 AND 5),
    care_values    INT NOT NULL CHECK (care_values BETWEEN 1 AND 5),
    comments       TEXT NOT NULL DEFAULT '' CHECK (length(comments) <= 2000),
    job_ready      TEXT NOT NULL CHECK (job_ready IN ('yes', 'not-yet', 'no')),
    recorded_by    TEXT NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (candidate_id, point)
);

COMMENT ON COLUMN placement_minimum_wage.effective_from IS 'not personal: date the rate applies from';
COMMENT ON COLUMN placement_minimum_wage.min_age IS 'not personal: youngest age the rate applies to';
COMMENT ON COLUMN placement_minimum_wage.hourly_pence IS 'not personal: hourly rate in pence';
COMMENT ON COLUMN placement_minimum_wage.label IS 'not personal: name of the rate';
COMMENT ON COLUMN placement_afc_band.band IS 'not personal: Agenda for Change band';
COMMENT ON COLUMN placement_afc_band.effective_from IS 'not personal: pay year start';
COMMENT ON COLUMN placement_afc_band.entry_pence IS 'not personal: annual pay at the band entry point, pence';
COMMENT ON COLUMN placement_afc_band.examples IS 'not personal: typical roles';
COMMENT ON COLUMN placement_site.id IS 'not personal: site id';
COMMENT ON COLUMN placement_site.organisation_id IS 'not personal: employer';
COMMENT ON COLUMN placement_site.name IS 'not personal: site name';
COMMENT ON COLUMN placement_site.address IS 'not personal: workplace address';
COMMENT ON COLUMN placement_site.postcode IS 'not personal: workplace postcode';
COMMENT ON COLUMN placement_site.latitude IS 'not personal: workplace position from the postcode directory';
COMMENT ON COLUMN placement_site.longitude IS 'not personal: workplace position from the postcode directory';
COMMENT ON COLUMN placement_site.local_authority_code IS 'not personal: local authority of the site';
COMMENT ON COLUMN placement_site.created_at IS 'not personal: when added';
COMMENT ON COLUMN placement_site.created_by IS 'personal: who added it';
COMMENT ON COLUMN placement_supervisor.id IS 'not personal: supervisor id';
COMMENT ON COLUMN placement_supervisor.organisation_id IS 'not personal: employer';
COMMENT ON COLUMN placement_supervisor.name IS 'personal: host supervisor name';
COMMENT ON COLUMN placement_supervisor.job_title IS 'personal: host supervisor job title';
COMMENT ON COLUMN placement_supervisor.email IS 'personal: host supervisor work email';
COMMENT ON COLUMN placement_supervisor.phone IS 'personal: host supervisor work phone';
COMMENT ON COLUMN placement_supervisor.created_at IS 'not personal: when added';
COMMENT ON COLUMN placement_offer.id IS 'not personal: placement id';
COMMENT ON COLUMN placement_offer.programme_id IS 'not personal: programme';
COMMENT ON COLUMN placement_offer.organisation_id IS 'not personal: employer';
COMMENT ON COLUMN placement_offer.site_id IS 'not personal: site';
COMMENT ON COLUMN placement_offer.supervisor_id IS 'not personal: host supervisor';
COMMENT ON COLUMN placement_offer.title IS 'not personal: job title of the placement';
COMMENT ON COLUMN placement_offer.role_family IS 'not personal: NHS role family';
COMMENT ON COLUMN placement_offer.afc_band IS 'not personal: nearest Agenda for Change band';
COMMENT ON COLUMN placement_offer.description IS 'not personal: what the placement involves';
COMMENT ON COLUMN placement_offer.hours_per_week IS 'not personal: hours a week';
COMMENT ON COLUMN placement_offer.shift_pattern IS 'not personal: shift pattern';
COMMENT ON COLUMN placement_offer.hourly_pay_pence IS 'not personal: hourly pay in pence';
COMMENT ON COLUMN placement_offer.starts_on IS 'not personal: start date';
COMMENT ON COLUMN placement_offer.ends_on IS 'not personal: end date';
COMMENT ON COLUMN placement_offer.places IS 'not personal: number of places';
COMMENT ON COLUMN placement_offer.dbs_level IS 'not personal: DBS level the role needs';
COMMENT ON COLUMN placement_offer.minimum_age IS 'not personal: youngest age on the start date';
COMMENT ON COLUMN placement_offer.checks_before_start IS 'not personal: checks that must pass before the start';
COMMENT ON COLUMN placement_offer.status IS 'not personal: open or closed';
COMMENT ON COLUMN placement_offer.created_at IS 'not personal: when posted';
COMMENT ON COLUMN placement_offer.created_by IS 'personal: who posted it';
COMMENT ON COLUMN placement_candidate.id IS 'not personal: candidate id';
COMMENT ON COLUMN placement_candidate.offer_id IS 'not personal: placement';
COMMENT ON COLUMN placement_candidate.participant_id IS 'not personal: participant';
COMMENT ON COLUMN placement_candidate.stage IS 'personal: where the person is in the placement pipeline';
COMMENT ON COLUMN placement_candidate.suitability IS 'personal: suitability score from matching';
COMMENT ON COLUMN placement_candidate.reasons IS 'personal: reasons for the suitability score (navigators only)';
COMMENT ON COLUMN placement_candidate.availability IS 'personal: availability shared with the host';
COMMENT ON COLUMN placement_candidate.readiness_summary IS 'personal: readiness summary shared with the host';
COMMENT ON COLUMN placement_candidate.adjustments IS 'special-category: adjustments the participant agreed to share with the host';
COMMENT ON COLUMN placement_candidate.suggested_at IS 'not personal: when suggested';
COMMENT ON COLUMN placement_candidate.suggested_by IS 'personal: navigator who confirmed the suggestion';
COMMENT ON COLUMN placement_candidate.put_forward_at IS 'personal: when put forward to the host';
COMMENT ON COLUMN placement_candidate.interview_at IS 'personal: host interview time';
COMMENT ON COLUMN placement_candidate.interview_outcome IS 'personal: interview outcome';
COMMENT ON COLUMN placement_candidate.interview_notes IS 'personal: host interview notes';
COMMENT ON COLUMN placement_candidate.offered_on IS 'personal: conditional offer date';
COMMENT ON COLUMN placement_candidate.planned_start_on IS 'personal: planned start date';
COMMENT ON COLUMN placement_candidate.started_on IS 'personal: actual start date';
COMMENT ON COLUMN placement_candidate.ended_on IS 'personal: end date';
COMMENT ON COLUMN placement_candidate.end_reason IS 'personal: why the placement ended early';
COMMENT ON COLUMN placement_candidate.version IS 'not personal: optimistic lock version';
COMMENT ON COLUMN placement_check.candidate_id IS 'not personal: candidate';
COMMENT ON COLUMN placement_check.standard IS 'not personal: which NHS Employment Check Standard';
COMMENT ON COLUMN placement_check.required_before_start IS 'not personal: must pass before the start';
COMMENT ON COLUMN placement_check.status IS 'personal: check status (criminal record and work health outcomes are restricted data)';
COMMENT ON COLUMN placement_check.who_acts_next IS 'personal: who must act next';
COMMENT ON COLUMN placement_check.requested_on IS 'personal: when the check began';
COMMENT ON COLUMN placement_check.due_on IS 'personal: when the check should be done';
COMMENT ON COLUMN placement_check.completed_on IS 'personal: when the check was completed';
COMMENT ON COLUMN placement_check.expires_on IS 'personal: when the evidence expires';
COMMENT ON COLUMN placement_check.evidence_seen IS 'special-category: description of evidence seen (never the document itself)';
COMMENT ON COLUMN placement_check.updated_at IS 'not personal: last change';
COMMENT ON COLUMN placement_check.updated_by IS 'personal: who changed it';
COMMENT ON COLUMN placement_attendance.candidate_id IS 'not personal: candidate';
COMMENT ON COLUMN placement_attendance.week_starting IS 'personal: week (Monday)';
COMMENT ON COLUMN placement_attendance.hours_attended IS 'personal: hours attended that week';
COMMENT ON COLUMN placement_attendance.days_absent IS 'personal: days absent that week';
COMMENT ON COLUMN placement_attendance.note IS 'personal: host note on the week';
COMMENT ON COLUMN placement_attendance.confirmed_by IS 'personal: host who confirmed';
COMMENT ON COLUMN placement_attendance.confirmed_at IS 'not personal: when confirmed';
COMMENT ON COLUMN placement_feedback.candidate_id IS 'not personal: candidate';
COMMENT ON COLUMN placement_feedback.point IS 'not personal: midpoint or end';
COMMENT ON COLUMN placement_feedback.reliability IS 'personal: host rating 1-5';
COMMENT ON COLUMN placement_feedback.teamwork IS 'personal: host rating 1-5';
COMMENT ON COLUMN placement_feedback.communication IS 'personal: host rating 1-5';
COMMENT ON COLUMN placement_feedback.care_values IS 'personal: host rating 1-5';
COMMENT ON COLUMN placement_feedback.comments IS 'personal: host comments';
COMMENT ON COLUMN placement_feedback.job_ready IS 'personal: host view on readiness for a job';
COMMENT ON COLUMN placement_feedback.recorded_by IS 'personal: host who gave feedback';
COMMENT ON COLUMN placement_feedback.recorded_at IS 'not personal: when recorded';
