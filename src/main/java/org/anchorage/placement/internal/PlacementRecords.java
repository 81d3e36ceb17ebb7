package org.anchorage.placement.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.placement.AttendanceWeek;
import org.anchorage.placement.CheckStandard;
import org.anchorage.placement.EmploymentCheck;
import org.anchorage.placement.HostFeedback;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.ShiftPattern;
import org.anchorage.placement.Site;
import org.anchorage.placement.Stage;
import org.anchorage.placement.Supervisor;
import org.anchorage.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The placement tables, in plain SQL. */
@Repository
public class PlacementRecords {

    private final JdbcClient jdbc;

    PlacementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- minimum wage and pay bands -------------------------------------------------------------

    public record WageRate(LocalDate effectiveFrom, int minAge, int hourlyPence, String label) {}

    /** The rates in force on a date: the latest published on or before it (the earliest table if none). */
    public List<WageRate> wageRatesOn(LocalDate on) {
        return jdbc.sql("""
                SELECT * FROM placement_minimum_wage WHERE effective_from = coalesce(
                    (SELECT max(effective_from) FROM placement_minimum_wage WHERE effective_from <= :on),
                    (SELECT min(effective_from) FROM placement_minimum_wage))
                ORDER BY min_age
                """).param("on", Date.valueOf(on))
                .query((rs, n) -> new WageRate(rs.getDate("effective_from").toLocalDate(), rs.getInt("min_age"),
                        rs.getInt("hourly_pence"), rs.getString("label"))).list();
    }

    public record AfcBand(String band, LocalDate effectiveFrom, long entryPence, String examples) {}

    public List<AfcBand> afcBands() {
        return jdbc.sql("""
                SELECT DISTINCT ON (band) * FROM placement_afc_band ORDER BY band, effective_from DESC
                """).query((rs, n) -> new AfcBand(rs.getString("band"), rs.getDate("effective_from").toLocalDate(),
                rs.getLong("entry_pence"), rs.getString("examples"))).list();
    }

    /** The entry pay of the band in the pay year in force on the day, in pence. */
    public java.util.OptionalLong bandEntryPence(String band, LocalDate on) {
        return jdbc.sql("""
                SELECT entry_pence FROM placement_afc_band WHERE band = :band AND effective_from <= :on
                ORDER BY effective_from DESC LIMIT 1
                """).param("band", band).param("on", java.sql.Date.valueOf(on)).query(Long.class).optional()
                .map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    // --- sites and supervisors --------------------------------------------------------------------

    public void insertSite(Site s, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO placement_site (id, organisation_id, name, address, postcode, latitude, longitude,
                    local_authority_code, created_at, created_by)
                VALUES (:id, :org, :name, :address, :postcode, :lat, :lon, :la, :at, :by)
                """).param("id", s.id()).param("org", s.organisation().value()).param("name", s.name())
                .param("address", s.address()).param("postcode", s.postcode()).param("lat", s.latitude())
                .param("lon", s.longitude()).param("la", s.localAuthorityCode()).param("at", Timestamp.from(at))
                .param("by", by).update();
    }

    public boolean siteNameTaken(OrganisationId org, String name) {
        return jdbc.sql("SELECT count(*) FROM placement_site WHERE organisation_id = :o AND lower(name) = lower(:n)")
                .param("o", org.value()).param("n", name).query(Long.class).single() > 0;
    }

    public List<Site> sites(OrganisationId org) {
        return jdbc.sql("SELECT * FROM placement_site WHERE organisation_id = :o ORDER BY name").param("o", org.value())
                .query((rs, n) -> site(rs, "")).list();
    }

    public Optional<Site> site(UUID id) {
        return jdbc.sql("SELECT * FROM placement_site WHERE id = :id").param("id", id).query((rs, n) -> site(rs, "")).optional();
    }

    public void insertSupervisor(Supervisor s, Instant at) {
        jdbc.sql("""
                INSERT INTO placement_supervisor (id, organisation_id, name, job_title, email, phone, created_at)
                VALUES (:id, :org, :name, :title, :email, :phone, :at)
                """).param("id", s.id()).param("org", s.organisation().value()).param("name", s.name())
                .param("title", s.jobTitle()).param("email", s.email()).param("phone", s.phone())
                .param("at", Timestamp.from(at)).update();
    }

    public List<Supervisor> supervisors(OrganisationId org) {
        return jdbc.sql("SELECT * FROM placement_supervisor WHERE organisation_id = :o ORDER BY name").param("o", org.value())
                .query((rs, n) -> supervisor(rs, "")).list();
    }

    public Optional<Supervisor> supervisor(UUID id) {
        return jdbc.sql("SELECT * FROM placement_supervisor WHERE id = :id").param("id", id)
                .query((rs, n) -> supervisor(rs, "")).optional();
    }

    // --- placement offers ---------------------------------------------------------------------

    public record NewOffer(UUID id, ProgrammeId programme, OrganisationId organisation, UUID site, UUID supervisor, String title,
                           String roleFamily, String afcBand, String description, BigDecimal hoursPerWeek, ShiftPattern shift,
                           int hourlyPayPence, LocalDate startsOn, LocalDate endsOn, int places, String dbsLevel,
                           int minimumAge, List<CheckStandard> checksBeforeStart) {}

    public void insertOffer(NewOffer o, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO placement_offer (id, programme_id, organisation_id, site_id, supervisor_id, title, role_family,
                    afc_band, description, hours_per_week, shift_pattern, hourly_pay_pence, starts_on, ends_on, places,
                    dbs_level, minimum_age, checks_before_start, created_at, created_by)
                VALUES (:id, :programme, :org, :site, :supervisor, :title, :role, :band, :description, :hours, :shift, :pay,
                    :starts, :ends, :places, :dbs, :minAge, :checks, :at, :by)
                """).param("id", o.id()).param("programme", o.programme().value()).param("org", o.organisation().value())
                .param("site", o.site()).param("supervisor", o.supervisor()).param("title", o.title())
                .param("role", o.roleFamily()).param("band", o.afcBand()).param("description", o.description())
                .param("hours", o.hoursPerWeek()).param("shift", o.shift().code()).param("pay", o.hourlyPayPence())
                .param("starts", Date.valueOf(o.startsOn())).param("ends", Date.valueOf(o.endsOn())).param("places", o.places())
                .param("dbs", o.dbsLevel()).param("minAge", o.minimumAge())
                .param("checks", String.join(",", o.checksBeforeStart().stream().map(CheckStandard::code).toList()))
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    private static final String OFFERS = """
            SELECT o.*,
                   s.id AS s_id, s.organisation_id AS s_organisation_id, s.name AS s_name, s.address AS s_address,
                   s.postcode AS s_postcode, s.latitude AS s_latitude, s.longitude AS s_longitude,
                   s.local_authority_code AS s_local_authority_code,
                   v.id AS v_id, v.organisation_id AS v_organisation_id, v.name AS v_name, v.job_title AS v_job_title,
                   v.email AS v_email, v.phone AS v_phone,
                   (SELECT count(*) FROM placement_candidate c WHERE c.offer_id = o.id
                        AND c.stage IN ('conditional-offer', 'checks', 'started', 'completed')) AS places_taken
            FROM placement_offer o JOIN placement_site s ON s.id = o.site_id
            LEFT JOIN placement_supervisor v ON v.id = o.supervisor_id
            """;

    public Optional<PlacementOffer> offer(UUID id) {
        return jdbc.sql(OFFERS + " WHERE o.id = :id").param("id", id).query((rs, n) -> offer(rs)).optional();
    }

    public List<PlacementOffer> offersOf(OrganisationId org) {
        return jdbc.sql(OFFERS + " WHERE o.organisation_id = :o ORDER BY o.starts_on, o.title").param("o", org.value())
                .query((rs, n) -> offer(rs)).list();
    }

    public List<PlacementOffer> offersIn(Collection<ProgrammeId> programmes, boolean openOnly) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OFFERS + " WHERE o.programme_id IN (:p)" + (openOnly ? " AND o.status = 'open'" : "")
                        + " ORDER BY o.starts_on, o.title")
                .param("p", programmes.stream().map(ProgrammeId::value).toList()).query((rs, n) -> offer(rs)).list();
    }

    /** When each placement was posted, for the public listing's "date posted". */
    public Map<UUID, Instant> postedAt(Collection<UUID> offers) {
        Map<UUID, Instant> at = new java.util.HashMap<>();
        if (offers.isEmpty()) {
            return at;
        }
        jdbc.sql("SELECT id, created_at FROM placement_offer WHERE id IN (:ids)").param("ids", List.copyOf(offers))
                .query((rs, n) -> at.put(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant())).list();
        return at;
    }

    /** Locks the placement row, so two screens offering its last place are served one after the other. */
    public int lockAndCountPlacesTaken(UUID offer) {
        jdbc.sql("SELECT id FROM placement_offer WHERE id = :id FOR UPDATE").param("id", offer).query(UUID.class).single();
        return jdbc.sql("""
                SELECT count(*) FROM placement_candidate WHERE offer_id = :id
                AND stage IN ('conditional-offer', 'checks', 'started', 'completed')
                """).param("id", offer).query(Integer.class).single();
    }

    public void closeOffer(UUID offer) {
        jdbc.sql("UPDATE placement_offer SET status = 'closed' WHERE id = :id").param("id", offer).update();
    }

    // --- candidates ---------------------------------------------------------------------------

    public record CandidateRow(UUID id, UUID offer, ParticipantId participant, Stage stage, Integer suitability, String reasons,
                               String availability, String readinessSummary, String adjustments, Instant putForwardAt,
                               Instant interviewAt, String interviewOutcome, String interviewNotes, LocalDate offeredOn,
                               LocalDate plannedStartOn, LocalDate startedOn, LocalDate endedOn, String endReason) {}

    public boolean insertCandidate(UUID id, UUID offer, ParticipantId participant, Integer suitability, String reasons,
                                   Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO placement_candidate (id, offer_id, participant_id, stage, suitability, reasons, suggested_at, suggested_by)
                VALUES (:id, :offer, :p, 'suggested', :score, :reasons, :at, :by)
                ON CONFLICT (offer_id, participant_id) DO NOTHING
                """).param("id", id).param("offer", offer).param("p", participant.value()).param("score", suitability)
                .param("reasons", reasons == null ? "" : reasons).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    public Optional<CandidateRow> candidate(UUID id) {
        return jdbc.sql("SELECT * FROM placement_candidate WHERE id = :id").param("id", id).query((rs, n) -> candidate(rs)).optional();
    }

    /** Reads and locks one candidate, so two people changing the same candidate act one after the other. */
    public Optional<CandidateRow> lockCandidate(UUID id) {
        return jdbc.sql("SELECT * FROM placement_candidate WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, n) -> candidate(rs)).optional();
    }

    public Optional<CandidateRow> candidate(UUID offer, ParticipantId participant) {
        return jdbc.sql("SELECT * FROM placement_candidate WHERE offer_id = :o AND participant_id = :p")
                .param("o", offer).param("p", participant.value()).query((rs, n) -> candidate(rs)).optional();
    }

    public List<CandidateRow> candidatesOf(UUID offer) {
        return jdbc.sql("SELECT * FROM placement_candidate WHERE offer_id = :o ORDER BY suggested_at").param("o", offer)
                .query((rs, n) -> candidate(rs)).list();
    }

    public List<CandidateRow> candidatesAt(OrganisationId org) {
        return jdbc.sql("""
                SELECT c.* FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id
                WHERE o.organisation_id = :org AND c.stage <> 'suggested' ORDER BY c.suggested_at
                """).param("org", org.value()).query((rs, n) -> candidate(rs)).list();
    }

    public List<CandidateRow> candidatesFor(Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM placement_candidate WHERE participant_id IN (:p) ORDER BY suggested_at")
                .param("p", participants.stream().map(ParticipantId::value).toList()).query((rs, n) -> candidate(rs)).list();
    }

    public void putForward(UUID id, String availability, String readiness, String adjustments, Instant at) {
        jdbc.sql("""
                UPDATE placement_candidate SET stage = 'put-forward', availability = :a, readiness_summary = :r,
                    adjustments = :adj, put_forward_at = :at, version = version + 1 WHERE id = :id
                """).param("id", id).param("a", availability).param("r", readiness).param("adj", adjustments)
                .param("at", Timestamp.from(at)).update();
    }

    public void interview(UUID id, Instant at) {
        jdbc.sql("UPDATE placement_candidate SET stage = 'interview', interview_at = :at, version = version + 1 WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    public void outcome(UUID id, Stage stage, String outcome, String notes, LocalDate offeredOn, LocalDate plannedStart) {
        jdbc.sql("""
                UPDATE placement_candidate SET stage = :stage, interview_outcome = :outcome, interview_notes = :notes,
                    offered_on = :offered, planned_start_on = :planned, version = version + 1 WHERE id = :id
                """).param("id", id).param("stage", stage.code()).param("outcome", outcome).param("notes", notes)
                .param("offered", offeredOn == null ? null : Date.valueOf(offeredOn))
                .param("planned", plannedStart == null ? null : Date.valueOf(plannedStart)).update();
    }

    public void stage(UUID id, Stage stage) {
        jdbc.sql("UPDATE placement_candidate SET stage = :stage, version = version + 1 WHERE id = :id")
                .param("id", id).param("stage", stage.code()).update();
    }

    public void start(UUID id, LocalDate on) {
        jdbc.sql("UPDATE placement_candidate SET stage = 'started', started_on = :on, version = version + 1 WHERE id = :id")
                .param("id", id).param("on", Date.valueOf(on)).update();
    }

    public void end(UUID id, Stage stage, LocalDate on, String reason) {
        jdbc.sql("""
                UPDATE placement_candidate SET stage = :stage, ended_on = :on, end_reason = :reason, version = version + 1
                WHERE id = :id
                """).param("id", id).param("stage", stage.code()).param("on", on == null ? null : Date.valueOf(on))
                .param("reason", reason).update();
    }

    // --- what is due, for the worklist ----------------------------------------------------------

    /** One thing due on one candidate, with the words the worklist shows. */
    public record Due(ParticipantId participant, UUID candidate, String kind, String what, LocalDate dueOn,
                      String placement, String site, Instant at) {}

    private static String[] ids(Collection<ParticipantId> people) {
        return people.stream().map(p -> p.value().toString()).toArray(String[]::new);
    }

    /** Open employment checks (not passed, not needed, not failed) due by {@code until}, on live candidates. */
    public List<Due> checksDue(Collection<ParticipantId> people, LocalDate until) {
        return jdbc.sql("""
                SELECT c.participant_id, c.id, k.standard AS what, k.due_on, o.title, s.name AS site
                FROM placement_candidate c
                JOIN placement_check k ON k.candidate_id = c.id
                JOIN placement_offer o ON o.id = c.offer_id JOIN placement_site s ON s.id = o.site_id
                WHERE c.participant_id = ANY(CAST(:ids AS uuid[])) AND c.stage IN ('conditional-offer', 'checks', 'started')
                  AND k.status IN ('not-started', 'in-progress') AND k.due_on <= :until
                """).param("ids", ids(people)).param("until", Date.valueOf(until))
                .query((rs, n) -> due(rs, "Employment check", rs.getDate("due_on").toLocalDate(), null)).list();
    }

    /**
     * Host feedback not yet given: at the midpoint of a placement that has started (halfway from the first
     * day to the planned end), and at the end (the planned end, or the day it ended).
     */
    public List<Due> feedbackDue(Collection<ParticipantId> people, LocalDate until) {
        return jdbc.sql("""
                SELECT * FROM (
                    SELECT c.participant_id, c.id, 'midpoint' AS what,
                           c.started_on + (coalesce(c.ended_on, o.ends_on) - c.started_on) / 2 AS due_on, o.title, s.name AS site
                    FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id JOIN placement_site s ON s.id = o.site_id
                    WHERE c.participant_id = ANY(CAST(:ids AS uuid[])) AND c.stage IN ('started', 'completed', 'ended-early')
                      AND NOT EXISTS (SELECT 1 FROM placement_feedback f WHERE f.candidate_id = c.id AND f.point = 'midpoint')
                    UNION ALL
                    SELECT c.participant_id, c.id, 'end', coalesce(c.ended_on, o.ends_on), o.title, s.name
                    FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id JOIN placement_site s ON s.id = o.site_id
                    WHERE c.participant_id = ANY(CAST(:ids AS uuid[])) AND c.stage IN ('started', 'completed', 'ended-early')
                      AND NOT EXISTS (SELECT 1 FROM placement_feedback f WHERE f.candidate_id = c.id AND f.point = 'end')
                ) due WHERE due_on <= :until
                """).param("ids", ids(people)).param("until", Date.valueOf(until))
                .query((rs, n) -> due(rs, "Host feedback", rs.getDate("due_on").toLocalDate(), null)).list();
    }

    public record FeedbackDueOn(UUID candidate, UUID placement, String title, UUID host, String point, LocalDate dueOn) {}

    /** Host feedback not given that falls due on the day, as {@link #feedbackDue} dates it, of everyone. */
    public List<FeedbackDueOn> feedbackDueOn(LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM (
                    SELECT c.id AS candidate_id, o.id AS offer_id, o.title, o.organisation_id, 'midpoint' AS point,
                           c.started_on + (coalesce(c.ended_on, o.ends_on) - c.started_on) / 2 AS due_on
                    FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id
                    WHERE c.stage IN ('started', 'completed', 'ended-early')
                      AND NOT EXISTS (SELECT 1 FROM placement_feedback f WHERE f.candidate_id = c.id AND f.point = 'midpoint')
                    UNION ALL
                    SELECT c.id, o.id, o.title, o.organisation_id, 'end', coalesce(c.ended_on, o.ends_on)
                    FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id
                    WHERE c.stage IN ('started', 'completed', 'ended-early')
                      AND NOT EXISTS (SELECT 1 FROM placement_feedback f WHERE f.candidate_id = c.id AND f.point = 'end')
                ) due WHERE due_on = :day ORDER BY candidate_id, point DESC
                """).param("day", Date.valueOf(day))
                .query((rs, n) -> new FeedbackDueOn(rs.getObject("candidate_id", UUID.class), rs.getObject("offer_id", UUID.class),
                        rs.getString("title"), rs.getObject("organisation_id", UUID.class), rs.getString("point"),
                        rs.getDate("due_on").toLocalDate()))
                .list();
    }

    /** Placements under way whose planned end falls by {@code until} (or has passed without the end recorded). */
    public List<Due> endingBy(Collection<ParticipantId> people, LocalDate until) {
        return jdbc.sql("""
                SELECT c.participant_id, c.id, '' AS what, o.ends_on AS due_on, o.title, s.name AS site
                FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id JOIN placement_site s ON s.id = o.site_id
                WHERE c.participant_id = ANY(CAST(:ids AS uuid[])) AND c.stage = 'started' AND o.ends_on <= :until
                """).param("ids", ids(people)).param("until", Date.valueOf(until))
                .query((rs, n) -> due(rs, "Placement ending", rs.getDate("due_on").toLocalDate(), null)).list();
    }

    /** Interviews booked before {@code until}: those to come, and those passed with no outcome yet. */
    public List<Due> interviewsBefore(Collection<ParticipantId> people, Instant until) {
        return jdbc.sql("""
                SELECT c.participant_id, c.id, '' AS what, c.interview_at, o.title, s.name AS site
                FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id JOIN placement_site s ON s.id = o.site_id
                WHERE c.participant_id = ANY(CAST(:ids AS uuid[])) AND c.stage = 'interview' AND c.interview_at < :until
                """).param("ids", ids(people)).param("until", Timestamp.from(until))
                .query((rs, n) -> {
                    Instant at = rs.getTimestamp("interview_at").toInstant();
                    return due(rs, "Interview", LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/London")), at);
                }).list();
    }

    private static Due due(ResultSet rs, String kind, LocalDate dueOn, Instant at) throws SQLException {
        return new Due(new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getObject("id", UUID.class), kind,
                rs.getString("what"), dueOn, rs.getString("title"), rs.getString("site"), at);
    }

    // --- checks, attendance, feedback ---------------------------------------------------------

    public void insertCheck(UUID candidate, CheckStandard standard, boolean required, String whoActsNext, LocalDate requested,
                            LocalDate due, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO placement_check (candidate_id, standard, required_before_start, status, who_acts_next, requested_on,
                    due_on, updated_at, updated_by)
                VALUES (:c, :standard, :required, 'not-started', :who, :requested, :due, :at, :by)
                ON CONFLICT (candidate_id, standard) DO NOTHING
                """).param("c", candidate).param("standard", standard.code()).param("required", required)
                .param("who", whoActsNext).param("requested", Date.valueOf(requested)).param("due", Date.valueOf(due))
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    public boolean updateCheck(UUID candidate, CheckStandard standard, String status, String whoActsNext, LocalDate due,
                               LocalDate completed, LocalDate expires, String evidence, Instant at, String by) {
        return jdbc.sql("""
                UPDATE placement_check SET status = :status, who_acts_next = :who, due_on = :due, completed_on = :completed,
                    expires_on = :expires, evidence_seen = :evidence, updated_at = :at, updated_by = :by
                WHERE candidate_id = :c AND standard = :standard
                """).param("c", candidate).param("standard", standard.code()).param("status", status).param("who", whoActsNext)
                .param("due", Date.valueOf(due)).param("completed", completed == null ? null : Date.valueOf(completed))
                .param("expires", expires == null ? null : Date.valueOf(expires)).param("evidence", evidence)
                .param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    public List<EmploymentCheck> checks(UUID candidate, LocalDate today) {
        return checks(List.of(candidate), today).getOrDefault(candidate, List.of());
    }

    /** The checks of many candidates in one query, each list in the standards' order. */
    public Map<UUID, List<EmploymentCheck>> checks(Collection<UUID> candidates, LocalDate today) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<EmploymentCheck>> checks = new HashMap<>();
        jdbc.sql("SELECT * FROM placement_check WHERE candidate_id IN (:c)").param("c", List.copyOf(candidates))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    boolean open = !status.equals("passed") && !status.equals("not-needed");
                    return checks.computeIfAbsent(rs.getObject("candidate_id", UUID.class), k -> new ArrayList<>())
                            .add(new EmploymentCheck(CheckStandard.fromCode(rs.getString("standard")).orElseThrow(),
                                    rs.getBoolean("required_before_start"), status, rs.getString("who_acts_next"),
                                    rs.getDate("requested_on").toLocalDate(), due, date(rs, "completed_on"), date(rs, "expires_on"),
                                    rs.getString("evidence_seen"), open && due.isBefore(today)));
                }).list();
        checks.values().forEach(list -> list.sort(java.util.Comparator.comparing(EmploymentCheck::standard)));
        return checks;
    }

    public void confirmWeek(UUID candidate, LocalDate week, BigDecimal hours, int daysAbsent, String note, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO placement_attendance (candidate_id, week_starting, hours_attended, days_absent, note, confirmed_by, confirmed_at)
                VALUES (:c, :week, :hours, :absent, :note, :by, :at)
                ON CONFLICT (candidate_id, week_starting) DO UPDATE SET hours_attended = :hours, days_absent = :absent,
                    note = :note, confirmed_by = :by, confirmed_at = :at
                """).param("c", candidate).param("week", Date.valueOf(week)).param("hours", hours).param("absent", daysAbsent)
                .param("note", note).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public Map<UUID, List<AttendanceWeek>> attendance(Collection<UUID> candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<AttendanceWeek>> weeks = new HashMap<>();
        jdbc.sql("SELECT * FROM placement_attendance WHERE candidate_id IN (:c) ORDER BY week_starting")
                .param("c", List.copyOf(candidates))
                .query((rs, n) -> weeks.computeIfAbsent(rs.getObject("candidate_id", UUID.class), k -> new ArrayList<>())
                        .add(new AttendanceWeek(rs.getDate("week_starting").toLocalDate(), rs.getBigDecimal("hours_attended"),
                                rs.getInt("days_absent"), rs.getString("note"), rs.getString("confirmed_by")))).list();
        return weeks;
    }

    public boolean insertFeedback(UUID candidate, HostFeedback f) {
        return jdbc.sql("""
                INSERT INTO placement_feedback (candidate_id, point, reliability, teamwork, communication, care_values, comments,
                    job_ready, recorded_by, recorded_at)
                VALUES (:c, :point, :reliability, :teamwork, :communication, :care, :comments, :ready, :by, :at)
                ON CONFLICT (candidate_id, point) DO NOTHING
                """).param("c", candidate).param("point", f.point()).param("reliability", f.reliability())
                .param("teamwork", f.teamwork()).param("communication", f.communication()).param("care", f.careValues())
                .param("comments", f.comments()).param("ready", f.jobReady()).param("by", f.recordedBy())
                .param("at", Timestamp.from(f.recordedAt())).update() == 1;
    }

    public Map<UUID, List<HostFeedback>> feedback(Collection<UUID> candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<HostFeedback>> feedback = new HashMap<>();
        jdbc.sql("SELECT * FROM placement_feedback WHERE candidate_id IN (:c) ORDER BY recorded_at").param("c", List.copyOf(candidates))
                .query((rs, n) -> feedback.computeIfAbsent(rs.getObject("candidate_id", UUID.class), k -> new ArrayList<>())
                        .add(new HostFeedback(rs.getString("point"), rs.getInt("reliability"), rs.getInt("teamwork"),
                                rs.getInt("communication"), rs.getInt("care_values"), rs.getString("comments"), rs.getString("job_ready"),
                                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))).list();
        return feedback;
    }

    // --- mapping ------------------------------------------------------------------------------

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    private static Site site(ResultSet rs, String p) throws SQLException {
        return new Site(rs.getObject(p + "id", UUID.class), new OrganisationId(rs.getObject(p + "organisation_id", UUID.class)),
                rs.getString(p + "name"), rs.getString(p + "address"), rs.getString(p + "postcode"), decimal(rs, p + "latitude"),
                decimal(rs, p + "longitude"), rs.getString(p + "local_authority_code"));
    }

    private static Supervisor supervisor(ResultSet rs, String p) throws SQLException {
        return new Supervisor(rs.getObject(p + "id", UUID.class), new OrganisationId(rs.getObject(p + "organisation_id", UUID.class)),
                rs.getString(p + "name"), rs.getString(p + "job_title"), rs.getString(p + "email"), rs.getString(p + "phone"));
    }

    private static PlacementOffer offer(ResultSet rs) throws SQLException {
        String checks = rs.getString("checks_before_start");
        List<CheckStandard> before = checks.isBlank() ? List.of()
                : Arrays.stream(checks.split(",")).map(c -> CheckStandard.fromCode(c).orElseThrow()).toList();
        return new PlacementOffer(rs.getObject("id", UUID.class), new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), null, site(rs, "s_"),
                rs.getObject("v_id") == null ? null : supervisor(rs, "v_"), rs.getString("title"), rs.getString("role_family"),
                rs.getString("afc_band"), rs.getString("description"), rs.getBigDecimal("hours_per_week"),
                ShiftPattern.fromCode(rs.getString("shift_pattern")).orElseThrow(), rs.getInt("hourly_pay_pence"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getInt("places"),
                rs.getInt("places_taken"), rs.getString("dbs_level"), rs.getInt("minimum_age"), before, rs.getString("status"));
    }

    private static CandidateRow candidate(ResultSet rs) throws SQLException {
        return new CandidateRow(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class),
                new ParticipantId(rs.getObject("participant_id", UUID.class)), Stage.fromCode(rs.getString("stage")).orElseThrow(),
                (Integer) rs.getObject("suitability"), rs.getString("reasons"), rs.getString("availability"),
                rs.getString("readiness_summary"), rs.getString("adjustments"), instant(rs, "put_forward_at"),
                instant(rs, "interview_at"), rs.getString("interview_outcome"), rs.getString("interview_notes"),
                date(rs, "offered_on"), date(rs, "planned_start_on"), date(rs, "started_on"), date(rs, "ended_on"),
                rs.getString("end_reason"));
    }

    /** Whether the person was put forward to, or started, a placement with this host organisation. */
    public boolean hostMeets(UUID host, UUID participant) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id
                               WHERE c.participant_id = :p AND o.organisation_id = :o
                                 AND (c.put_forward_at IS NOT NULL OR c.started_on IS NOT NULL))
                """).param("p", participant).param("o", host).query(Boolean.class).single();
    }

    /** The person a candidate is, for a link that raises a safeguarding concern about them. */
    public Optional<UUID> participantOfCandidate(UUID candidate) {
        return jdbc.sql("SELECT participant_id FROM placement_candidate WHERE id = :id").param("id", candidate).query(UUID.class).optional();
    }
}
