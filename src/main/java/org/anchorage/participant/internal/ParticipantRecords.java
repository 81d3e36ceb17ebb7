package org.anchorage.participant.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.participant.Appointment;
import org.anchorage.participant.EqualityMonitoring;
import org.anchorage.participant.Participant;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PersonalDetails;
import org.anchorage.participant.StageEvidence;
import org.anchorage.participant.TimelineEntry;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ParticipantRecords {

    private final JdbcClient jdbc;

    ParticipantRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new participant, with the postal address their referral gave (letters need it from day one). */
    public void insert(Participant p, java.time.LocalDate firstContactDue, org.anchorage.referral.PostalAddress address) {
        jdbc.sql("""
                INSERT INTO participant_participant (id, programme_id, referral_id, given_name, family_name, date_of_birth,
                    postcode, address_line_1, address_line_2, town, email, phone, contact_preference, navigator_id, status,
                    referred_on, enrolled_at, first_contact_due)
                VALUES (:id, :programme, :referral, :given, :family, :dob, :postcode, :line1, :line2, :town, :email, :phone,
                    :contact, :navigator, :status, :referredOn, :enrolledAt, :due)
                """)
                .param("id", p.id().value()).param("programme", p.programme().value()).param("referral", p.referral().value())
                .param("given", p.givenName()).param("family", p.familyName()).param("dob", Date.valueOf(p.dateOfBirth()))
                .param("postcode", p.postcode()).param("email", p.email()).param("phone", p.phone())
                .param("line1", address.line1()).param("line2", address.line2()).param("town", address.town())
                .param("contact", p.contactPreference()).param("navigator", p.navigator().value())
                .param("status", p.status().code()).param("referredOn", Date.valueOf(p.referredOn()))
                .param("enrolledAt", Timestamp.from(p.enrolledAt())).param("due", Date.valueOf(firstContactDue))
                .update();
    }

    public Optional<Participant> find(ParticipantId id) {
        return jdbc.sql("SELECT * FROM participant_participant WHERE id = :id").param("id", id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    public Optional<Participant> findByReferral(ReferralId referral) {
        return jdbc.sql("SELECT * FROM participant_participant WHERE referral_id = :r").param("r", referral.value())
                .query((rs, n) -> map(rs)).optional();
    }

    public Optional<Participant> findByUser(UserId user) {
        return jdbc.sql("SELECT * FROM participant_participant WHERE user_id = :u").param("u", user.value())
                .query((rs, n) -> map(rs)).optional();
    }

    public void linkUser(ParticipantId id, UserId user) {
        jdbc.sql("UPDATE participant_participant SET user_id = :u WHERE id = :id").param("u", user.value())
                .param("id", id.value()).update();
    }

    /** A navigator's own caseload, in the programmes their organisation takes part in. */
    public List<Participant> forNavigator(UserId navigator, List<java.util.UUID> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM participant_participant WHERE navigator_id = :n AND programme_id IN (:p)
                ORDER BY family_name, given_name
                """)
                .param("n", navigator.value()).param("p", programmes).query((rs, n) -> map(rs)).list();
    }

    /**
     * Of the given people, those in the programmes and (when a navigator is given) on that navigator's
     * caseload: the access policy's participant rule, applied in SQL.
     */
    public java.util.Set<ParticipantId> within(java.util.Collection<ParticipantId> ids, List<java.util.UUID> programmes,
                                               UserId navigator) {
        if (ids.isEmpty() || programmes.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                SELECT id FROM participant_participant
                WHERE id IN (:ids) AND programme_id IN (:p) AND (CAST(:n AS uuid) IS NULL OR navigator_id = :n)
                """)
                .param("ids", ids.stream().map(ParticipantId::value).toList())
                .param("p", programmes)
                .param("n", navigator == null ? null : navigator.value())
                .query((rs, n) -> new ParticipantId(rs.getObject(1, java.util.UUID.class))).list());
    }

    public List<Participant> inProgrammes(List<ProgrammeId> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM participant_participant WHERE programme_id IN (:p) ORDER BY family_name, given_name")
                .param("p", programmes.stream().map(ProgrammeId::value).toList()).query((rs, n) -> map(rs)).list();
    }

    /** Changes status only if nobody else changed the record since it was read. */
    public boolean changeStatus(ParticipantId id, int version, ParticipantStatus status, String reason) {
        return jdbc.sql("""
                UPDATE participant_participant SET status = :status, withdrawn_reason = :reason, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("id", id.value()).param("version", version).param("status", status.code()).param("reason", reason)
                .update() == 1;
    }

    public void firstContact(ParticipantId id, Instant at) {
        jdbc.sql("UPDATE participant_participant SET first_contact_at = coalesce(first_contact_at, :at) WHERE id = :id")
                .param("id", id.value()).param("at", Timestamp.from(at)).update();
    }

    public void timeline(ParticipantId id, Instant at, String actor, String kind, String detail) {
        jdbc.sql("INSERT INTO participant_timeline (participant_id, occurred_at, actor, kind, detail) VALUES (:id, :at, :actor, :kind, :detail)")
                .param("id", id.value()).param("at", Timestamp.from(at)).param("actor", actor).param("kind", kind)
                .param("detail", detail).update();
    }

    public List<TimelineEntry> timeline(ParticipantId id) {
        return jdbc.sql("SELECT * FROM participant_timeline WHERE participant_id = :id ORDER BY occurred_at DESC, id DESC")
                .param("id", id.value())
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("kind"), rs.getString("detail")))
                .list();
    }

    public void appointment(ParticipantId id, Appointment a, Instant bookedAt) {
        jdbc.sql("""
                INSERT INTO participant_appointment (id, participant_id, starts_at, place, purpose, booked_by, booked_at)
                VALUES (:id, :participant, :startsAt, :place, :purpose, :by, :at)
                """)
                .param("id", a.id()).param("participant", id.value()).param("startsAt", Timestamp.from(a.startsAt()))
                .param("place", a.place()).param("purpose", a.purpose()).param("by", a.bookedBy())
                .param("at", Timestamp.from(bookedAt)).update();
    }

    /** Records whether the person came; false when the appointment is not theirs or has not started yet. */
    public boolean appointmentOutcome(ParticipantId id, UUID appointment, String outcome, String by, Instant at) {
        return jdbc.sql("""
                UPDATE participant_appointment SET outcome = :outcome, outcome_recorded_by = :by, outcome_recorded_at = :at
                WHERE id = :appointment AND participant_id = :id AND starts_at <= :at
                """).param("outcome", outcome).param("by", by).param("at", Timestamp.from(at))
                .param("appointment", appointment).param("id", id.value()).update() == 1;
    }

    public List<Appointment> appointments(ParticipantId id) {
        return jdbc.sql("SELECT * FROM participant_appointment WHERE participant_id = :id ORDER BY starts_at")
                .param("id", id.value())
                .query((rs, n) -> new Appointment(rs.getObject("id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                        rs.getString("place"), rs.getString("purpose"), rs.getString("booked_by"), rs.getString("outcome")))
                .list();
    }

    public void saveEquality(ParticipantId id, EqualityMonitoring e) {
        jdbc.sql("""
                INSERT INTO participant_equality (participant_id, ethnic_category, sex, gender_same_as_birth, sexual_orientation,
                    disability, religion, marriage_civil_partnership, pregnancy_maternity, recorded_at, recorded_by)
                VALUES (:id, :ethnic, :sex, :gender, :orientation, :disability, :religion, :marriage, :pregnancy, :at, :by)
                ON CONFLICT (participant_id) DO UPDATE SET ethnic_category = :ethnic, sex = :sex, gender_same_as_birth = :gender,
                    sexual_orientation = :orientation, disability = :disability, religion = :religion,
                    marriage_civil_partnership = :marriage, pregnancy_maternity = :pregnancy, recorded_at = :at, recorded_by = :by
                """)
                .param("id", id.value()).param("ethnic", e.ethnicCategory()).param("sex", e.sex())
                .param("gender", e.genderSameAsBirth()).param("orientation", e.sexualOrientation())
                .param("disability", e.disability()).param("religion", e.religion())
                .param("marriage", e.marriageCivilPartnership()).param("pregnancy", e.pregnancyMaternity())
                .param("at", Timestamp.from(e.recordedAt())).param("by", e.recordedBy()).update();
    }

    /** Age bands (as Participants.AGE_BANDS) on the day each was referred, counted. */
    public java.util.Map<String, Long> ageCounts(List<java.util.UUID> people) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT CASE WHEN age < 16 THEN 'Under 16' WHEN age < 25 THEN '16 to 24' WHEN age < 35 THEN '25 to 34'
                            WHEN age < 50 THEN '35 to 49' WHEN age < 65 THEN '50 to 64' ELSE '65 and over' END AS band, count(*) AS n
                FROM (SELECT extract(year FROM age(p.referred_on, p.date_of_birth))::int AS age
                      FROM participant_participant p WHERE p.id = ANY(CAST(:people AS uuid[]))) a
                GROUP BY 1
                """).param("people", people.toArray(new java.util.UUID[0]))
                .query((rs, n) -> counts.put(rs.getString("band"), rs.getLong("n"))).list();
        return counts;
    }

    /** Answers to one question among these people, counted; "not-known" for no record or no answer. */
    public java.util.Map<String, Long> equalityCounts(List<java.util.UUID> people, String field) {
        String column = switch (field) {
            case "ethnicCategory" -> "ethnic_category";
            case "sex" -> "sex";
            case "genderSameAsBirth" -> "gender_same_as_birth";
            case "sexualOrientation" -> "sexual_orientation";
            case "disability" -> "disability";
            case "religion" -> "religion";
            case "marriageCivilPartnership" -> "marriage_civil_partnership";
            case "pregnancyMaternity" -> "pregnancy_maternity";
            default -> throw new IllegalArgumentException(field);
        };
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT coalesce(e." + column + ", 'not-known') AS answer, count(*) AS n FROM unnest(CAST(:people AS uuid[])) AS p(id) "
                        + "LEFT JOIN participant_equality e ON e.participant_id = p.id GROUP BY 1")
                .param("people", people.toArray(new java.util.UUID[0]))
                .query((rs, n) -> counts.put(rs.getString("answer"), rs.getLong("n"))).list();
        return counts;
    }

    public Optional<EqualityMonitoring> equality(ParticipantId id) {
        return jdbc.sql("SELECT * FROM participant_equality WHERE participant_id = :id").param("id", id.value())
                .query((rs, n) -> new EqualityMonitoring(rs.getString("ethnic_category"), rs.getString("sex"),
                        rs.getString("gender_same_as_birth"), rs.getString("sexual_orientation"), rs.getString("disability"),
                        rs.getString("religion"), rs.getString("marriage_civil_partnership"), rs.getString("pregnancy_maternity"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .optional();
    }

    // --- Personal details -------------------------------------------------------------------------

    public Optional<PersonalDetails> details(ParticipantId id) {
        return jdbc.sql("SELECT * FROM participant_participant WHERE id = :id").param("id", id.value())
                .query((rs, n) -> new PersonalDetails(rs.getString("preferred_name"), rs.getString("pronouns"),
                        rs.getString("email"), rs.getString("phone"), rs.getString("contact_preference"),
                        rs.getString("address_line_1"), rs.getString("address_line_2"), rs.getString("town"),
                        rs.getString("postcode"), rs.getString("employment_status"), rs.getString("right_to_work"),
                        rs.getDate("right_to_work_until") == null ? null : rs.getDate("right_to_work_until").toLocalDate(),
                        rs.getBoolean("large_print"), rs.getBoolean("easy_read"), rs.getString("interpreter_language"),
                        rs.getString("other_needs"), rs.getString("learning_disability"), rs.getString("care_leaver")))
                .optional();
    }

    /** Saves the details only if nobody changed the record since the page was built. */
    public boolean saveDetails(ParticipantId id, int version, PersonalDetails d, Instant at) {
        return jdbc.sql("""
                UPDATE participant_participant SET preferred_name = :preferred, pronouns = :pronouns, email = :email,
                    phone = :phone, contact_preference = :contact, address_line_1 = :a1, address_line_2 = :a2, town = :town,
                    postcode = :postcode, employment_status = :employment, right_to_work = :rtw, right_to_work_until = :until,
                    large_print = :large, easy_read = :easy, interpreter_language = :interpreter, other_needs = :other,
                    learning_disability = :ld, care_leaver = :careLeaver, details_changed_at = :at, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("id", id.value()).param("version", version).param("preferred", d.preferredName())
                .param("pronouns", d.pronouns()).param("email", d.email()).param("phone", d.phone())
                .param("contact", d.contactPreference()).param("a1", d.addressLine1()).param("a2", d.addressLine2())
                .param("town", d.town()).param("postcode", d.postcode()).param("employment", d.employmentStatus())
                .param("rtw", d.rightToWork()).param("until", d.rightToWorkUntil() == null ? null : Date.valueOf(d.rightToWorkUntil()))
                .param("large", d.largePrint()).param("easy", d.easyRead()).param("interpreter", d.interpreterLanguage())
                .param("other", d.otherNeeds()).param("ld", d.learningDisability()).param("careLeaver", d.careLeaver())
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    // --- Stage evidence -----------------------------------------------------------------------------

    /**
     * Records the evidence for a stage. The first evidence that still holds is kept (the first contact,
     * not every later one); evidence that had ended (a placement ended early) is replaced by the new.
     */
    public void evidence(ParticipantId id, ParticipantStatus stage, String evidence, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO participant_stage_evidence (participant_id, stage, evidence, recorded_at, recorded_by)
                VALUES (:id, :stage, :evidence, :at, :by)
                ON CONFLICT (participant_id, stage) DO UPDATE SET evidence = :evidence, recorded_at = :at, recorded_by = :by,
                    ended_at = NULL
                WHERE participant_stage_evidence.ended_at IS NOT NULL
                """)
                .param("id", id.value()).param("stage", stage.code()).param("evidence", evidence.length() > 500 ? evidence.substring(0, 500) : evidence)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    public void endEvidence(ParticipantId id, ParticipantStatus stage, Instant at) {
        jdbc.sql("UPDATE participant_stage_evidence SET ended_at = :at WHERE participant_id = :id AND stage = :stage AND ended_at IS NULL")
                .param("id", id.value()).param("stage", stage.code()).param("at", Timestamp.from(at)).update();
    }

    public List<StageEvidence> evidence(ParticipantId id) {
        return jdbc.sql("SELECT * FROM participant_stage_evidence WHERE participant_id = :id")
                .param("id", id.value())
                .query((rs, n) -> new StageEvidence(ParticipantStatus.fromCode(rs.getString("stage")).orElseThrow(),
                        rs.getString("evidence"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                        rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant()))
                .list();
    }

    // --- Caseload, paged in SQL ------------------------------------------------------------------------

    /**
     * One page of a caseload: a navigator's own people (navigator given) or everyone in the programmes,
     * optionally by stage and name; people whose first contact is overdue first, then by family name.
     */
    public List<Participant> caseloadPage(List<UUID> programmes, UserId navigator, ParticipantStatus status, String nameContains,
                                          java.time.LocalDate today, int offset, int limit) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return caseloadQuery("SELECT * ", programmes, navigator, status, nameContains, today,
                " ORDER BY (first_contact_at IS NULL AND status <> 'withdrawn' AND first_contact_due < :today) DESC,"
                        + " family_name, given_name, id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> map(rs)).list();
    }

    public int caseloadSize(List<UUID> programmes, UserId navigator, ParticipantStatus status, String nameContains, java.time.LocalDate today) {
        if (programmes.isEmpty()) {
            return 0;
        }
        return caseloadQuery("SELECT count(*) ", programmes, navigator, status, nameContains, today, "")
                .query(Integer.class).single();
    }

    private JdbcClient.StatementSpec caseloadQuery(String select, List<UUID> programmes, UserId navigator, ParticipantStatus status,
                                                   String nameContains, java.time.LocalDate today, String tail) {
        String name = nameContains == null || nameContains.isBlank() ? null
                : "%" + nameContains.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(select + """
                FROM participant_participant
                WHERE programme_id IN (:p) AND (CAST(:n AS uuid) IS NULL OR navigator_id = :n)
                  AND (CAST(:status AS text) IS NULL OR status = :status)
                  AND (CAST(:name AS text) IS NULL OR lower(given_name || ' ' || family_name) LIKE :name
                       OR lower(coalesce(preferred_name, '')) LIKE :name)
                """ + tail)
                .param("p", programmes).param("n", navigator == null ? null : navigator.value())
                .param("status", status == null ? null : status.code()).param("name", name)
                .param("today", Date.valueOf(today));
    }

    /** The people a navigator (or, with no navigator, everyone in the programmes) looks after, with their navigator. */
    public java.util.Map<ParticipantId, UserId> peopleAndNavigators(List<UUID> programmes, UserId navigator) {
        if (programmes.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<ParticipantId, UserId> people = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, navigator_id FROM participant_participant
                WHERE programme_id IN (:p) AND (CAST(:n AS uuid) IS NULL OR navigator_id = :n) AND status <> 'withdrawn'
                """)
                .param("p", programmes).param("n", navigator == null ? null : navigator.value())
                .query(rs -> {
                    people.put(new ParticipantId(rs.getObject(1, UUID.class)), new UserId(rs.getObject(2, UUID.class)));
                });
        return people;
    }

    /** The names of everyone (not withdrawn) a navigator looks after: the worklist's people and its lines in one read. */
    public java.util.Map<ParticipantId, String> namesOnCaseload(List<UUID> programmes, UserId navigator) {
        if (programmes.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<ParticipantId, String> people = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT id, given_name, family_name FROM participant_participant
                WHERE programme_id IN (:p) AND navigator_id = :n AND status <> 'withdrawn'
                """)
                .param("p", programmes).param("n", navigator.value())
                .query(rs -> {
                    people.put(new ParticipantId(rs.getObject(1, UUID.class)), rs.getString(2) + " " + rs.getString(3));
                });
        return people;
    }

    // --- What this module has due ----------------------------------------------------------------------

    public record FirstContactDue(ParticipantId participant, String name, java.time.LocalDate due) {}

    public List<FirstContactDue> firstContactsDue(java.util.Collection<ParticipantId> people, java.time.LocalDate by) {
        return jdbc.sql("""
                SELECT id, given_name, family_name, first_contact_due FROM participant_participant
                WHERE id = ANY(:ids) AND first_contact_at IS NULL AND status <> 'withdrawn' AND first_contact_due <= :by
                """)
                .param("ids", ids(people)).param("by", Date.valueOf(by))
                .query((rs, n) -> new FirstContactDue(new ParticipantId(rs.getObject(1, UUID.class)),
                        rs.getString(2) + " " + rs.getString(3), rs.getDate(4).toLocalDate()))
                .list();
    }

    public record AppointmentDue(ParticipantId participant, String name, Instant startsAt, String purpose) {}

    public List<AppointmentDue> appointmentsBetween(java.util.Collection<ParticipantId> people, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT a.participant_id, p.given_name, p.family_name, a.starts_at, a.purpose
                FROM participant_appointment a JOIN participant_participant p ON p.id = a.participant_id
                WHERE a.participant_id = ANY(:ids) AND a.starts_at >= :from AND a.starts_at < :to
                """)
                .param("ids", ids(people)).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new AppointmentDue(new ParticipantId(rs.getObject(1, UUID.class)),
                        rs.getString(2) + " " + rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** Appointments starting in [from, to) with no outcome yet, of people not withdrawn, soonest first. */
    public List<org.anchorage.participant.Participants.AppointmentToRemind> appointmentsStarting(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT a.id, a.participant_id, p.programme_id, a.starts_at, a.place, a.purpose
                FROM participant_appointment a JOIN participant_participant p ON p.id = a.participant_id
                WHERE a.starts_at >= :from AND a.starts_at < :to AND a.outcome IS NULL AND p.status <> 'withdrawn'
                ORDER BY a.starts_at, a.id
                """)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new org.anchorage.participant.Participants.AppointmentToRemind(rs.getObject(1, UUID.class),
                        new ParticipantId(rs.getObject(2, UUID.class)), new ProgrammeId(rs.getObject(3, UUID.class)),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The navigators someone not withdrawn is allocated to: whose worklists have people on them. */
    public List<UserId> navigatorsWithCaseload() {
        return jdbc.sql("""
                SELECT DISTINCT navigator_id FROM participant_participant
                WHERE navigator_id IS NOT NULL AND status <> 'withdrawn' ORDER BY navigator_id
                """).query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).list();
    }

    /** Everyone not withdrawn, in one programme or (null) all, for work done on everyone's behalf such as early warnings. */
    public List<ParticipantId> notWithdrawn(ProgrammeId programme) {
        return jdbc.sql("""
                SELECT id FROM participant_participant
                WHERE status <> 'withdrawn' AND (CAST(:programme AS UUID) IS NULL OR programme_id = CAST(:programme AS UUID))
                ORDER BY id
                """).param("programme", programme == null ? null : programme.value())
                .query((rs, n) -> new ParticipantId(rs.getObject(1, UUID.class))).list();
    }

    private static UUID[] ids(java.util.Collection<ParticipantId> people) {
        return people.stream().map(ParticipantId::value).toArray(UUID[]::new);
    }

    private static Participant map(ResultSet rs) throws SQLException {
        Timestamp first = rs.getTimestamp("first_contact_at");
        return new Participant(
                new ParticipantId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                new ReferralId(rs.getObject("referral_id", UUID.class)),
                rs.getString("given_name"), rs.getString("family_name"), rs.getDate("date_of_birth").toLocalDate(),
                rs.getString("postcode"), rs.getString("email"), rs.getString("phone"), rs.getString("contact_preference"),
                new UserId(rs.getObject("navigator_id", UUID.class)),
                ParticipantStatus.fromCode(rs.getString("status")).orElseThrow(),
                rs.getString("withdrawn_reason"), rs.getDate("referred_on").toLocalDate(),
                first == null ? null : first.toInstant(), rs.getTimestamp("enrolled_at").toInstant(), rs.getInt("version"),
                rs.getString("preferred_name"), rs.getDate("first_contact_due").toLocalDate());
    }
}
