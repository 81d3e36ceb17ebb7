package org.anchorage.support.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.support.EarlyWarningFlag;
import org.anchorage.support.EarlyWarningRule;
import org.anchorage.support.EarlyWarningRule.Code;
import org.anchorage.support.internal.EarlyWarningEvaluation.Checkin;
import org.anchorage.support.internal.EarlyWarningEvaluation.Raised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The early-warning rules per programme, the flags and their history, and the wellbeing check-ins the rules read. */
@Repository
public class EarlyWarningRecords {

    private final JdbcClient jdbc;

    EarlyWarningRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- Rules ---------------------------------------------------------------------------------------------

    /** The rules of these programmes; any a programme lacks (a new programme) are created with their defaults first. */
    public Map<ProgrammeId, Map<Code, EarlyWarningRule>> rules(Collection<ProgrammeId> programmes, Instant now) {
        UUID[] ids = programmes.stream().map(ProgrammeId::value).distinct().toArray(UUID[]::new);
        Code[] codes = Code.values();
        jdbc.sql("""
                INSERT INTO support_warning_rule (programme_id, code, threshold, low_score, high_score, updated_at, updated_by)
                SELECT p, d.code, d.threshold, d.low_score, d.high_score, :now, 'system'
                FROM unnest(:ids) AS p CROSS JOIN unnest(:codes, :thresholds, :lows, :highs) AS d (code, threshold, low_score, high_score)
                ON CONFLICT (programme_id, code) DO NOTHING
                """).param("ids", ids)
                .param("codes", Arrays.stream(codes).map(Code::code).toArray(String[]::new))
                .param("thresholds", Arrays.stream(codes).map(c -> c.byDefault().threshold()).toArray(Integer[]::new))
                .param("lows", Arrays.stream(codes).map(c -> c.byDefault().lowScore()).toArray(Integer[]::new))
                .param("highs", Arrays.stream(codes).map(c -> c.byDefault().highScore()).toArray(Integer[]::new))
                .param("now", Timestamp.from(now)).update();
        Map<ProgrammeId, Map<Code, EarlyWarningRule>> rules = new HashMap<>();
        jdbc.sql("SELECT * FROM support_warning_rule WHERE programme_id = ANY(:ids)").param("ids", ids)
                .query((rs, n) -> {
                    Code code = Code.fromCode(rs.getString("code")).orElseThrow();
                    rules.computeIfAbsent(new ProgrammeId(rs.getObject("programme_id", UUID.class)), p -> new EnumMap<>(Code.class))
                            .put(code, new EarlyWarningRule(code, rs.getBoolean("enabled"), rs.getInt("threshold"),
                                    (Integer) rs.getObject("low_score"), (Integer) rs.getObject("high_score"), rs.getInt("version")));
                    return code;
                }).list();
        return rules;
    }

    /** Saves a changed rule; false when someone else changed it since the page was read. */
    public boolean saveRule(ProgrammeId programme, EarlyWarningRule rule, Instant at, String by) {
        return jdbc.sql("""
                UPDATE support_warning_rule SET enabled = :enabled, threshold = :threshold, low_score = :low, high_score = :high,
                    updated_at = :at, updated_by = :by, version = version + 1
                WHERE programme_id = :programme AND code = :code AND version = :version
                """).param("enabled", rule.enabled()).param("threshold", rule.threshold()).param("low", rule.lowScore())
                .param("high", rule.highScore()).param("at", Timestamp.from(at)).param("by", by)
                .param("programme", programme.value()).param("code", rule.code().code()).param("version", rule.version())
                .update() == 1;
    }

    // --- Wellbeing check-ins (written by the wellbeing facade) ---------------------------------------------

    /** The latest two check-ins on each scale for each person: all the wellbeing rule compares. */
    public List<Checkin> latestCheckins(Collection<ParticipantId> people, LocalDate today) {
        return jdbc.sql("""
                SELECT participant_id, scale_id, checked_on, recorded_at, scores FROM (
                    SELECT c.*, row_number() OVER (PARTITION BY participant_id, scale_id ORDER BY checked_on DESC, recorded_at DESC) AS n
                    FROM support_wellbeing_checkin c WHERE participant_id = ANY(:ids) AND checked_on <= :today) latest
                WHERE n <= 2
                """).param("ids", ids(people)).param("today", Date.valueOf(today))
                .query((rs, n) -> new Checkin(new ParticipantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
                        rs.getDate(3).toLocalDate(), rs.getTimestamp(4).toInstant(),
                        Arrays.stream((Integer[]) rs.getArray(5).getArray()).toList()))
                .list();
    }

    // --- Flags -----------------------------------------------------------------------------------------------

    public record OpenFlag(UUID id, ParticipantId participant, Code rule, String why) {}

    public List<OpenFlag> openFlags(Collection<ParticipantId> people) {
        return jdbc.sql("SELECT id, participant_id, rule_code, why FROM support_warning_flag WHERE cleared_at IS NULL AND participant_id = ANY(:ids)")
                .param("ids", ids(people))
                .query((rs, n) -> new OpenFlag(rs.getObject(1, UUID.class), new ParticipantId(rs.getObject(2, UUID.class)),
                        Code.fromCode(rs.getString(3)).orElseThrow(), rs.getString(4)))
                .list();
    }

    /** Everyone with an open flag. */
    public List<ParticipantId> flagged() {
        return jdbc.sql("SELECT DISTINCT participant_id FROM support_warning_flag WHERE cleared_at IS NULL")
                .query((rs, n) -> new ParticipantId(rs.getObject(1, UUID.class))).list();
    }

    /** Raises new flags in one statement; one already open for the person and rule (a concurrent run) is left as it is. */
    public int raise(List<Raised> raised, Instant at) {
        if (raised.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                INSERT INTO support_warning_flag (id, participant_id, rule_code, since, why, raised_at)
                SELECT gen_random_uuid(), r.participant_id, r.rule_code, r.since::date, r.why, :at
                FROM unnest(:people, :rules, :since, :why) AS r (participant_id, rule_code, since, why)
                ON CONFLICT (participant_id, rule_code) WHERE cleared_at IS NULL DO NOTHING
                """).param("people", raised.stream().map(r -> r.participant().value()).toArray(UUID[]::new))
                .param("rules", raised.stream().map(r -> r.rule().code()).toArray(String[]::new))
                .param("since", raised.stream().map(r -> r.since().toString()).toArray(String[]::new))
                .param("why", raised.stream().map(Raised::why).toArray(String[]::new))
                .param("at", Timestamp.from(at)).update();
    }

    public int clear(List<UUID> flags, Instant at) {
        if (flags.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE support_warning_flag SET cleared_at = :at WHERE id = ANY(:ids) AND cleared_at IS NULL")
                .param("ids", flags.toArray(UUID[]::new)).param("at", Timestamp.from(at)).update();
    }

    /** A flag still holding for a different reason (a third session missed) says so; its since and acknowledgement stay. */
    public void reword(Map<UUID, String> whys) {
        if (whys.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE support_warning_flag f SET why = w.why FROM unnest(:ids, :whys) AS w (id, why) WHERE f.id = w.id
                """).param("ids", whys.keySet().toArray(UUID[]::new)).param("whys", whys.values().toArray(String[]::new)).update();
    }

    /** Every flag of these people, open or cleared, newest first. */
    public List<EarlyWarningFlag> flagsOf(Collection<ParticipantId> people, boolean openOnly) {
        return jdbc.sql("SELECT * FROM support_warning_flag WHERE participant_id = ANY(:ids)"
                        + (openOnly ? " AND cleared_at IS NULL" : "") + " ORDER BY raised_at DESC, rule_code")
                .param("ids", ids(people)).query((rs, n) -> flag(rs)).list();
    }

    /** Open flags nobody has acknowledged, for the worklist. */
    public List<EarlyWarningFlag> unacknowledged(Collection<ParticipantId> people) {
        return jdbc.sql("SELECT * FROM support_warning_flag WHERE participant_id = ANY(:ids) AND cleared_at IS NULL AND acknowledged_at IS NULL")
                .param("ids", ids(people)).query((rs, n) -> flag(rs)).list();
    }

    public Optional<EarlyWarningFlag> flag(UUID id) {
        return jdbc.sql("SELECT * FROM support_warning_flag WHERE id = :id").param("id", id).query((rs, n) -> flag(rs)).optional();
    }

    /** Acknowledges an open flag once; false when it has cleared or was acknowledged meanwhile. */
    public boolean acknowledge(UUID id, String by, Instant at, String action) {
        return jdbc.sql("""
                UPDATE support_warning_flag SET acknowledged_by = :by, acknowledged_at = :at, action_taken = :action
                WHERE id = :id AND acknowledged_at IS NULL AND cleared_at IS NULL
                """).param("by", by).param("at", Timestamp.from(at)).param("action", action).param("id", id).update() == 1;
    }

    private static EarlyWarningFlag flag(ResultSet rs) throws SQLException {
        Timestamp cleared = rs.getTimestamp("cleared_at");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return new EarlyWarningFlag(rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
                Code.fromCode(rs.getString("rule_code")).orElseThrow(), rs.getDate("since").toLocalDate(), rs.getString("why"),
                rs.getTimestamp("raised_at").toInstant(), cleared == null ? null : cleared.toInstant(), rs.getString("acknowledged_by"),
                acknowledged == null ? null : acknowledged.toInstant(), rs.getString("action_taken"));
    }

    private static UUID[] ids(Collection<ParticipantId> people) {
        return people.stream().map(ParticipantId::value).toArray(UUID[]::new);
    }
}
