package org.anchorage.outcome.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.outcome.JobRule;
import org.anchorage.outcome.OutcomeDefinition;
import org.anchorage.outcome.internal.OutcomeCalculator.Change;
import org.anchorage.outcome.internal.OutcomeCalculator.Check;
import org.anchorage.outcome.internal.OutcomeCalculator.Facts;
import org.anchorage.outcome.internal.OutcomeCalculator.Stored;
import org.anchorage.participant.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outcome definitions, the job rule, the facts they are computed from and the achievements stored, in plain SQL. */
@Repository
public class OutcomeRecords {

    private final JdbcClient jdbc;

    OutcomeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A start's facts with whose it is and its programme. */
    public record StartFacts(ParticipantId participant, UUID programme, Facts facts) {}

    /** An outcome achieved, for the claims list: whose, which job, what, when, claimed when and by whom. */
    public record ClaimRow(UUID id, UUID jobStart, ParticipantId participant, String employer, String roleTitle, LocalDate jobStartsOn,
                           String definition, String definitionName, LocalDate achievedOn, String evidence, LocalDate claimedOn, String claimedBy) {}

    private static final String PROGRAMME_ROWS = """
            (programme_id = :p OR (programme_id IS NULL AND NOT EXISTS (SELECT 1 FROM %s q WHERE q.programme_id = :p)))
            """;

    /** The programme's own definitions, or the defaults when it has none; every effective period. */
    public List<OutcomeDefinition> definitionsFor(UUID programme) {
        return jdbc.sql("SELECT * FROM outcome_definition WHERE " + PROGRAMME_ROWS.formatted("outcome_definition")
                        + " ORDER BY effective_from, code").param("p", programme).query(OutcomeRecords::definition).list();
    }

    /** Every definition of every programme and the defaults, keyed by programme (null: the defaults). */
    public Map<UUID, List<OutcomeDefinition>> allDefinitions() {
        Map<UUID, List<OutcomeDefinition>> out = new HashMap<>();
        jdbc.sql("SELECT * FROM outcome_definition ORDER BY effective_from, code").query(rs -> {
            out.computeIfAbsent(rs.getObject("programme_id", UUID.class), k -> new ArrayList<>()).add(definition(rs, 0));
        });
        return out;
    }

    /** The programme's own rules for which jobs count, or the default when it has none. */
    public List<JobRule> jobRulesFor(UUID programme) {
        return jdbc.sql("SELECT * FROM outcome_job_rule WHERE " + PROGRAMME_ROWS.formatted("outcome_job_rule") + " ORDER BY effective_from")
                .param("p", programme).query(OutcomeRecords::rule).list();
    }

    private static final String START_FACTS = """
            SELECT j.id, j.participant_id, p.programme_id, j.starts_on, j.hourly_pay_pence, j.hours_per_week, j.left_on, j.employer_sector
            FROM outcome_job_start j JOIN participant_participant p ON p.id = j.participant_id
            """;

    /** One person's starts with their changes and checks: three small reads, the way a page does it. */
    public List<StartFacts> factsOf(ParticipantId participant) {
        List<Object[]> starts = jdbc.sql(START_FACTS + " WHERE j.participant_id = :p ORDER BY j.starts_on DESC, j.recorded_at DESC")
                .param("p", participant.value()).query((rs, n) -> startRow(rs)).list();
        Map<UUID, List<Change>> changes = new HashMap<>();
        jdbc.sql("""
                SELECT c.job_start_id, c.changes_on, c.hourly_pay_pence, c.hours_per_week, c.evidence FROM outcome_job_change c
                JOIN outcome_job_start j ON j.id = c.job_start_id WHERE j.participant_id = :p ORDER BY c.changes_on
                """).param("p", participant.value()).query(rs -> {
            changes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(change(rs));
        });
        Map<UUID, List<Check>> checks = new HashMap<>();
        jdbc.sql("""
                SELECT c.job_start_id, c.checked_on, c.status, c.hours_per_week, c.evidence FROM outcome_sustainment_check c
                JOIN outcome_job_start j ON j.id = c.job_start_id WHERE j.participant_id = :p ORDER BY c.checked_on
                """).param("p", participant.value()).query(rs -> {
            checks.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(check(rs));
        });
        return starts.stream().map(s -> facts(s, changes, checks)).toList();
    }

    /**
     * Every start of a programme (or all, when null) with its changes and checks, in three set-based reads
     * (changes and checks put in one order in memory), so the facts are assembled in one pass.
     */
    public List<StartFacts> factsOfProgramme(UUID programme) {
        String where = programme == null ? "" : " WHERE p.programme_id = :p";
        var q = jdbc.sql(START_FACTS + where);
        List<Object[]> starts = (programme == null ? q : q.param("p", programme)).query((rs, n) -> startRow(rs)).list();
        Map<UUID, List<Change>> changes = new HashMap<>(starts.size() / 4);
        var qc = jdbc.sql("""
                SELECT c.job_start_id, c.changes_on, c.hourly_pay_pence, c.hours_per_week, c.evidence FROM outcome_job_change c
                JOIN outcome_job_start j ON j.id = c.job_start_id JOIN participant_participant p ON p.id = j.participant_id
                """ + where);
        (programme == null ? qc : qc.param("p", programme)).query(rs -> {
            changes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(change(rs));
        });
        Map<UUID, List<Check>> checks = new HashMap<>(starts.size() * 2);
        var qk = jdbc.sql("""
                SELECT c.job_start_id, c.checked_on, c.status, c.hours_per_week, c.evidence FROM outcome_sustainment_check c
                JOIN outcome_job_start j ON j.id = c.job_start_id JOIN participant_participant p ON p.id = j.participant_id
                """ + where);
        (programme == null ? qk : qk.param("p", programme)).query(rs -> {
            checks.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(check(rs));
        });
        return starts.stream().map(s -> facts(s, changes, checks)).toList();
    }

    /** One start's facts, when it exists. */
    public Optional<StartFacts> factsOfStart(UUID jobStart) {
        Optional<ParticipantId> owner = jdbc.sql("SELECT participant_id FROM outcome_job_start WHERE id = :id").param("id", jobStart)
                .query((rs, n) -> new ParticipantId(rs.getObject(1, UUID.class))).optional();
        return owner.flatMap(p -> factsOf(p).stream().filter(s -> s.facts().jobStart().equals(jobStart)).findFirst());
    }

    /** What is stored for these starts, by start and then definition. */
    public Map<UUID, Map<UUID, Stored>> storedFor(List<UUID> jobStarts) {
        Map<UUID, Map<UUID, Stored>> out = new HashMap<>();
        if (jobStarts.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT id, job_start_id, definition_id, achieved_on, claimed_on FROM outcome_achievement
                WHERE job_start_id = ANY(CAST(:ids AS uuid[]))
                """).param("ids", jobStarts.stream().map(UUID::toString).toArray(String[]::new)).query(rs -> {
            Date claimed = rs.getDate("claimed_on");
            out.computeIfAbsent(rs.getObject("job_start_id", UUID.class), k -> new HashMap<>()).put(rs.getObject("definition_id", UUID.class),
                    new Stored(rs.getObject("id", UUID.class), rs.getObject("definition_id", UUID.class), rs.getDate("achieved_on").toLocalDate(),
                            claimed == null ? null : claimed.toLocalDate()));
        });
        return out;
    }

    /** What is stored for every start of a programme (all, when null), by start and then definition: one read. */
    public Map<UUID, Map<UUID, Stored>> storedForProgramme(UUID programme) {
        Map<UUID, Map<UUID, Stored>> out = new HashMap<>();
        var q = jdbc.sql("""
                SELECT a.id, a.job_start_id, a.definition_id, a.achieved_on, a.claimed_on FROM outcome_achievement a
                JOIN outcome_job_start j ON j.id = a.job_start_id JOIN participant_participant p ON p.id = j.participant_id
                """ + (programme == null ? "" : " WHERE p.programme_id = :p"));
        (programme == null ? q : q.param("p", programme)).query(rs -> {
            Date claimed = rs.getDate("claimed_on");
            out.computeIfAbsent(rs.getObject("job_start_id", UUID.class), k -> new HashMap<>()).put(rs.getObject("definition_id", UUID.class),
                    new Stored(rs.getObject("id", UUID.class), rs.getObject("definition_id", UUID.class), rs.getDate("achieved_on").toLocalDate(),
                            claimed == null ? null : claimed.toLocalDate()));
        });
        return out;
    }

    /** Stores an outcome evidenced; false when it was already stored (two checks at once). */
    public boolean insertAchievement(UUID id, UUID jobStart, UUID definition, LocalDate on, String evidence, String source, UUID by,
                                     Instant at) {
        return jdbc.sql("""
                INSERT INTO outcome_achievement (id, job_start_id, definition_id, achieved_on, evidence, evidenced_by, recorded_by, recorded_at)
                VALUES (:id, :start, :definition, :on, :evidence, :source, :by, :at) ON CONFLICT (job_start_id, definition_id) DO NOTHING
                """).param("id", id).param("start", jobStart).param("definition", definition).param("on", Date.valueOf(on))
                .param("evidence", evidence).param("source", source).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    private static final String CLAIM_COLUMNS = """
            SELECT a.id, a.job_start_id, j.participant_id, j.employer, j.role_title, j.starts_on, d.code, d.name, a.achieved_on, a.evidence, a.claimed_on,
                   u.display_name AS claimed_by
            FROM outcome_achievement a JOIN outcome_job_start j ON j.id = a.job_start_id
            JOIN participant_participant p ON p.id = j.participant_id
            JOIN outcome_definition d ON d.id = a.definition_id
            LEFT JOIN identity_user_account u ON u.id = a.claimed_by
            """;

    /** A programme's achieved and claimed outcomes, filtered in SQL (status "achieved", "claimed" or null; a definition code or null). */
    public List<ClaimRow> claims(UUID programme, String status, String definition) {
        return jdbc.sql(CLAIM_COLUMNS + """
                WHERE p.programme_id = :p
                  AND (CAST(:status AS text) IS NULL OR (CAST(:status AS text) = 'claimed') = (a.claimed_on IS NOT NULL))
                  AND (CAST(:definition AS text) IS NULL OR d.code = CAST(:definition AS text))
                ORDER BY a.achieved_on DESC, a.id
                """).param("p", programme).param("status", status).param("definition", definition).query(OutcomeRecords::claim).list();
    }

    /** One achievement of a programme, locked so two managers cannot mark it at once. */
    public Optional<ClaimRow> lockClaim(UUID programme, UUID achievement) {
        return jdbc.sql(CLAIM_COLUMNS + " WHERE p.programme_id = :p AND a.id = :id FOR UPDATE OF a").param("p", programme)
                .param("id", achievement).query(OutcomeRecords::claim).optional();
    }

    public void markClaimed(UUID achievement, LocalDate on, UUID by, Instant at) {
        jdbc.sql("UPDATE outcome_achievement SET claimed_on = :on, claimed_by = :by, claimed_at = :at WHERE id = :id AND claimed_on IS NULL")
                .param("on", Date.valueOf(on)).param("by", by).param("at", Timestamp.from(at)).param("id", achievement).update();
    }

    private static ClaimRow claim(ResultSet rs, int n) throws SQLException {
        Date claimed = rs.getDate("claimed_on");
        return new ClaimRow(rs.getObject("id", UUID.class), rs.getObject("job_start_id", UUID.class),
                new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getString("employer"), rs.getString("role_title"),
                rs.getDate("starts_on").toLocalDate(), rs.getString("code"), rs.getString("name"), rs.getDate("achieved_on").toLocalDate(), rs.getString("evidence"),
                claimed == null ? null : claimed.toLocalDate(), rs.getString("claimed_by"));
    }

    private static Object[] startRow(ResultSet rs) throws SQLException {
        Date left = rs.getDate("left_on");
        return new Object[] {rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
                rs.getObject("programme_id", UUID.class), rs.getDate("starts_on").toLocalDate(), rs.getInt("hourly_pay_pence"),
                rs.getBigDecimal("hours_per_week"), left == null ? null : left.toLocalDate(), rs.getString("employer_sector")};
    }

    /** Changes and checks in one order whatever order the database read them in, so every path computes alike. */
    static final java.util.Comparator<Change> CHANGE_ORDER = java.util.Comparator.comparing(Change::on).thenComparing(Change::evidence)
            .thenComparing(Change::hoursPerWeek).thenComparingInt(Change::hourlyPayPence);
    static final java.util.Comparator<Check> CHECK_ORDER = java.util.Comparator.comparing(Check::on).thenComparing(Check::status)
            .thenComparing(Check::evidence).thenComparing(Check::hoursPerWeek, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

    private static StartFacts facts(Object[] s, Map<UUID, List<Change>> changes, Map<UUID, List<Check>> checks) {
        UUID id = (UUID) s[0];
        List<Change> ch = changes.getOrDefault(id, List.of());
        List<Check> ck = checks.getOrDefault(id, List.of());
        if (ch.size() > 1) {
            ch.sort(CHANGE_ORDER);
        }
        if (ck.size() > 1) {
            ck.sort(CHECK_ORDER);
        }
        return new StartFacts((ParticipantId) s[1], (UUID) s[2], new Facts(id, (LocalDate) s[3], (Integer) s[4], (BigDecimal) s[5],
                (LocalDate) s[6], (String) s[7], ch, ck));
    }

    private static Change change(ResultSet rs) throws SQLException {
        return new Change(rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5));
    }

    private static Check check(ResultSet rs) throws SQLException {
        return new Check(rs.getDate(2).toLocalDate(), rs.getString(3), rs.getBigDecimal(4), rs.getString(5));
    }

    private static OutcomeDefinition definition(ResultSet rs, int n) throws SQLException {
        Date to = rs.getDate("effective_to");
        Integer weeks = (Integer) rs.getObject("weeks");
        Integer within = (Integer) rs.getObject("within_weeks");
        Integer months = (Integer) rs.getObject("months");
        return new OutcomeDefinition(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                rs.getBigDecimal("hours_per_week"), weeks, within, months, strings(rs.getArray("evidence_accepted")),
                rs.getBoolean("sustainment"), rs.getDate("effective_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }

    private static JobRule rule(ResultSet rs, int n) throws SQLException {
        Date to = rs.getDate("effective_to");
        Array sectors = rs.getArray("employer_sectors");
        return new JobRule(rs.getBigDecimal("min_hours_per_week"), sectors == null ? null : strings(sectors),
                rs.getDate("effective_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
