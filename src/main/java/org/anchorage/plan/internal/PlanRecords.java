package org.anchorage.plan.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Goal;
import org.anchorage.plan.WellbeingScale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class PlanRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<WellbeingScale> scales() {
        return jdbc.sql("SELECT * FROM plan_wellbeing_scale ORDER BY code = 'ONS4' DESC, code").query((rs, n) -> new WellbeingScale(
                rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("licence"),
                rs.getInt("min_score"), rs.getInt("max_score"),
                json.readValue(rs.getString("items"), new TypeReference<List<WellbeingScale.Item>>() {}))).list();
    }

    public Optional<WellbeingScale> scale(UUID id) {
        return scales().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public void insertScale(WellbeingScale s) {
        jdbc.sql("INSERT INTO plan_wellbeing_scale (id, code, name, licence, min_score, max_score, items) "
                        + "VALUES (:id, :code, :name, :licence, :min, :max, CAST(:items AS jsonb))")
                .param("id", s.id()).param("code", s.code()).param("name", s.name()).param("licence", s.licence())
                .param("min", s.minScore()).param("max", s.maxScore()).param("items", json.writeValueAsString(s.items())).update();
    }

    public void insertAssessment(ParticipantId participant, Assessment a) {
        jdbc.sql("""
                INSERT INTO plan_assessment (id, participant_id, assessed_on, assessed_by, skills, barriers, interests,
                    hours_per_week, shifts, availability, adjustments, scale_id, scores)
                VALUES (:id, :p, :on, :by, :skills, :barriers, :interests, :hours, :shifts, :availability, :adjustments, :scale,
                    CAST(:scores AS jsonb))
                """)
                .param("id", a.id()).param("p", participant.value()).param("on", Date.valueOf(a.assessedOn()))
                .param("by", a.assessedBy()).param("skills", a.skills()).param("barriers", String.join(",", a.barriers()))
                .param("interests", String.join(",", a.interests())).param("hours", a.hoursPerWeek()).param("shifts", String.join(",", a.shifts()))
                .param("availability", a.availability()).param("adjustments", a.adjustments()).param("scale", a.scale())
                .param("scores", json.writeValueAsString(a.scores())).update();
    }

    public List<Assessment> assessments(ParticipantId participant) {
        return jdbc.sql("SELECT * FROM plan_assessment WHERE participant_id = :p ORDER BY recorded_at")
                .param("p", participant.value())
                .query((rs, n) -> new Assessment(rs.getObject("id", UUID.class), rs.getDate("assessed_on").toLocalDate(),
                        rs.getString("assessed_by"), rs.getString("skills"), split(rs.getString("barriers")),
                        split(rs.getString("interests")), (Integer) rs.getObject("hours_per_week"), split(rs.getString("shifts")), rs.getString("availability"),
                        rs.getString("adjustments"), rs.getObject("scale_id", UUID.class),
                        json.readValue(rs.getString("scores"), new TypeReference<List<Integer>>() {})))
                .list();
    }

    public record Header(LocalDate nextReviewOn, int version) {}

    public Header plan(ParticipantId participant) {
        return jdbc.sql("SELECT next_review_on, version FROM plan_plan WHERE participant_id = :p").param("p", participant.value())
                .query((rs, n) -> new Header(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), rs.getInt(2)))
                .optional().orElse(new Header(null, 0));
    }

    /** Moves the plan's version on, only from the version the editor saw. */
    public boolean bumpVersion(ParticipantId participant, int expected) {
        jdbc.sql("INSERT INTO plan_plan (participant_id) VALUES (:p) ON CONFLICT DO NOTHING").param("p", participant.value()).update();
        return jdbc.sql("UPDATE plan_plan SET version = version + 1 WHERE participant_id = :p AND version = :v")
                .param("p", participant.value()).param("v", expected).update() == 1;
    }

    public void setReview(ParticipantId participant, LocalDate on) {
        jdbc.sql("UPDATE plan_plan SET next_review_on = :on WHERE participant_id = :p")
                .param("p", participant.value()).param("on", Date.valueOf(on)).update();
    }

    public void insertGoal(UUID id, ParticipantId participant, String title, boolean agreed, Instant at) {
        jdbc.sql("INSERT INTO plan_goal (id, participant_id, title, agreed, created_at) VALUES (:id, :p, :t, :a, :at)")
                .param("id", id).param("p", participant.value()).param("t", title).param("a", agreed)
                .param("at", Timestamp.from(at)).update();
    }

    /** Marks a goal as one the participant agreed to share with their mentor. */
    public void shareWithMentor(UUID goal) {
        jdbc.sql("UPDATE plan_goal SET shared_with_mentor = TRUE WHERE id = :id").param("id", goal).update();
    }

    /** The titles of the goals the participant agreed to share with their mentor, oldest first. */
    public java.util.List<String> goalsSharedWithMentor(ParticipantId participant) {
        return jdbc.sql("SELECT title FROM plan_goal WHERE participant_id = :p AND shared_with_mentor ORDER BY created_at, id")
                .param("p", participant.value()).query(String.class).list();
    }

    public void insertStep(UUID id, UUID goal, int position, String description, String owner, LocalDate due) {
        jdbc.sql("INSERT INTO plan_step (id, goal_id, position, description, owner, due_on) VALUES (:id, :g, :pos, :d, :o, :due)")
                .param("id", id).param("g", goal).param("pos", position).param("d", description).param("o", owner)
                .param("due", Date.valueOf(due)).update();
    }

    public boolean hasAgreedGoal(ParticipantId participant) {
        return jdbc.sql("SELECT count(*) FROM plan_goal WHERE participant_id = :p AND agreed").param("p", participant.value())
                .query(Long.class).single() > 0;
    }

    /** A plan review due by a date, for the worklist. */
    public record ReviewDue(ParticipantId participant, LocalDate on) {}

    /** A step not yet done, due by a date, for the worklist. */
    public record StepDue(ParticipantId participant, String description, LocalDate on) {}

    /** Reviews booked on or before {@code by} for these people, in one query. */
    public List<ReviewDue> reviewsDueBy(java.util.Collection<ParticipantId> people, LocalDate by) {
        return jdbc.sql("""
                SELECT participant_id, next_review_on FROM plan_plan
                WHERE participant_id = ANY (CAST(:ids AS uuid[])) AND next_review_on <= :by
                """).param("ids", array(people)).param("by", Date.valueOf(by))
                .query((rs, n) -> new ReviewDue(new ParticipantId(rs.getObject(1, UUID.class)), rs.getDate(2).toLocalDate())).list();
    }

    /** Open steps of this owner due on or before {@code by} for these people, in one query. */
    public List<StepDue> stepsDueBy(java.util.Collection<ParticipantId> people, String owner, LocalDate by) {
        return jdbc.sql("""
                SELECT g.participant_id, s.description, s.due_on FROM plan_step s JOIN plan_goal g ON g.id = s.goal_id
                WHERE g.participant_id = ANY (CAST(:ids AS uuid[])) AND s.done_on IS NULL AND s.owner = :owner AND s.due_on <= :by
                ORDER BY s.due_on
                """).param("ids", array(people)).param("owner", owner).param("by", Date.valueOf(by))
                .query((rs, n) -> new StepDue(new ParticipantId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getDate(3).toLocalDate())).list();
    }

    /** Ids as one PostgreSQL array literal: a single parameter however large the caseload (IN would need one each). */
    static String array(java.util.Collection<ParticipantId> people) {
        StringBuilder ids = new StringBuilder("{");
        for (ParticipantId p : people) {
            if (ids.length() > 1) {
                ids.append(',');
            }
            ids.append(p.value());
        }
        return ids.append('}').toString();
    }

    public boolean goalBelongsTo(UUID goal, ParticipantId participant) {
        return jdbc.sql("SELECT count(*) FROM plan_goal WHERE id = :g AND participant_id = :p")
                .param("g", goal).param("p", participant.value()).query(Long.class).single() > 0;
    }

    public int nextPosition(UUID goal) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM plan_step WHERE goal_id = :g").param("g", goal)
                .query(Integer.class).single();
    }

    public boolean completeStep(UUID step, ParticipantId participant, LocalDate on) {
        return jdbc.sql("""
                UPDATE plan_step SET done_on = :on WHERE id = :s AND done_on IS NULL
                  AND goal_id IN (SELECT id FROM plan_goal WHERE participant_id = :p)
                """).param("s", step).param("p", participant.value()).param("on", Date.valueOf(on)).update() == 1;
    }

    /** The latest assessment's interests, hours and shifts, and plan progress, for many people in two queries. */
    public Map<ParticipantId, org.anchorage.plan.MatchingProfile> matchingProfiles(List<ParticipantId> people) {
        Map<ParticipantId, org.anchorage.plan.MatchingProfile> profiles = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return profiles;
        }
        List<UUID> ids = people.stream().map(ParticipantId::value).toList();
        Map<UUID, int[]> progress = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT g.participant_id, count(DISTINCT g.id) FILTER (WHERE g.agreed) AS agreed,
                       count(s.id) FILTER (WHERE s.done_on IS NOT NULL) AS done, count(s.id) AS total
                FROM plan_goal g LEFT JOIN plan_step s ON s.goal_id = g.id
                WHERE g.participant_id IN (:ids) GROUP BY g.participant_id
                """).param("ids", ids).query((rs, n) -> progress.put(rs.getObject(1, UUID.class),
                new int[] {rs.getInt("agreed"), rs.getInt("done"), rs.getInt("total")})).list();
        jdbc.sql("""
                SELECT DISTINCT ON (participant_id) participant_id, interests, hours_per_week, shifts FROM plan_assessment
                WHERE participant_id IN (:ids) ORDER BY participant_id, recorded_at DESC
                """).param("ids", ids).query((rs, n) -> {
                    UUID id = rs.getObject("participant_id", UUID.class);
                    int[] p = progress.getOrDefault(id, new int[3]);
                    return profiles.put(new ParticipantId(id), new org.anchorage.plan.MatchingProfile(split(rs.getString("interests")),
                            (Integer) rs.getObject("hours_per_week"), split(rs.getString("shifts")), p[0], p[1], p[2]));
                }).list();
        return profiles;
    }

    public List<Goal> goals(ParticipantId participant) {
        Map<UUID, Goal> goals = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM plan_goal WHERE participant_id = :p ORDER BY created_at").param("p", participant.value())
                .query((rs, n) -> goals.put(rs.getObject("id", UUID.class),
                        new Goal(rs.getObject("id", UUID.class), rs.getString("title"), rs.getBoolean("agreed"), new java.util.ArrayList<>())))
                .list();
        if (goals.isEmpty()) {
            return List.of();
        }
        jdbc.sql("SELECT * FROM plan_step WHERE goal_id IN (:g) ORDER BY position").param("g", List.copyOf(goals.keySet()))
                .query((rs, n) -> {
                    goals.get(rs.getObject("goal_id", UUID.class)).steps().add(new Goal.Step(rs.getObject("id", UUID.class),
                            rs.getInt("position"), rs.getString("description"), rs.getString("owner"),
                            rs.getDate("due_on").toLocalDate(), rs.getDate("done_on") == null ? null : rs.getDate("done_on").toLocalDate()));
                    return null;
                }).list();
        return List.copyOf(goals.values());
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
