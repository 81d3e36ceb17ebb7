package org.anchorage.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.internal.PlanRecords;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments, goals, steps and reviews. The participant's navigator and programme managers change a
 * plan; the participant reads their own. Every read is audited; concurrent edits are refused, not lost.
 */
@Service
public class Plans {

    public static final String RECORD_TYPE = "plan";
    public static final Map<String, String> BARRIERS = new LinkedHashMap<>();
    public static final Map<String, String> ROLE_FAMILIES = new LinkedHashMap<>();
    /** When someone can work, so caring times and other commitments count in matching. */
    public static final Map<String, String> SHIFTS = new LinkedHashMap<>();

    static {
        BARRIERS.put("transport", "Transport");
        BARRIERS.put("childcare-caring", "Childcare and caring");
        BARRIERS.put("housing", "Housing");
        BARRIERS.put("health-disability", "Health and disability");
        BARRIERS.put("confidence", "Confidence");
        BARRIERS.put("digital", "Digital skills");
        BARRIERS.put("english-maths", "English and maths");
        BARRIERS.put("criminal-record", "Criminal record disclosure");
        ROLE_FAMILIES.put("nursing-support", "Nursing support");
        ROLE_FAMILIES.put("customer-services", "Customer services");
        ROLE_FAMILIES.put("administration", "Administration");
        ROLE_FAMILIES.put("pharmacy", "Pharmacy");
        ROLE_FAMILIES.put("estates", "Estates");
        ROLE_FAMILIES.put("facilities", "Facilities");
        ROLE_FAMILIES.put("maintenance", "Maintenance");
        ROLE_FAMILIES.put("catering", "Catering");
        ROLE_FAMILIES.put("portering", "Portering");
        SHIFTS.put("weekday-days", "Weekday daytimes");
        SHIFTS.put("school-hours", "School hours only (about 9:30 to 2:30)");
        SHIFTS.put("evenings", "Evenings");
        SHIFTS.put("nights", "Nights");
        SHIFTS.put("weekends", "Weekends");
    }

    private final PlanRecords records;
    private final Participants participants;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Plans(PlanRecords records, Participants participants, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.records = records;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Who may do a step, in the programme's words. */
    public static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("participant", "The participant");
        OWNERS.put("navigator", "The navigator");
        OWNERS.put("mentor", "A mentor");
        OWNERS.put("employer", "An employer");
    }

    @Transactional(readOnly = true)
    public List<WellbeingScale> scales() {
        return records.scales();
    }

    /** Adds a scale a programme holds a licence for; refused if it would be unusable. */
    @Transactional
    public WellbeingScale addScale(String code, String name, String licence, int min, int max, List<WellbeingScale.Item> items) {
        if (code == null || !code.matches("[A-Za-z0-9-]{1,40}")) {
            throw new RuleViolation("code", "Give a short code of letters, numbers and dashes");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RuleViolation("name", "Give the scale's name");
        }
        if (licence == null || licence.isBlank()) {
            throw new RuleViolation("licence", "Give the licence and copyright line that must be shown with the scale");
        }
        if (max <= min) {
            throw new RuleViolation("maxScore", "The highest score must be more than the lowest");
        }
        if (items == null || items.isEmpty() || items.size() > 50 || items.stream().anyMatch(i -> i.text() == null || i.text().isBlank())) {
            throw new RuleViolation("items", "Give between 1 and 50 questions");
        }
        if (records.scales().stream().anyMatch(s -> s.code().equalsIgnoreCase(code))) {
            throw new RuleViolation("code", "A scale with the code " + code + " already exists");
        }
        WellbeingScale scale = new WellbeingScale(UUID.randomUUID(), code, name.strip(), licence.strip(), min, max, List.copyOf(items));
        records.insertScale(scale);
        audit.record(AuditAction.CREATE, "wellbeing-scale", scale.id(), "added scale " + code);
        return scale;
    }

    @Transactional
    public Assessment assess(ParticipantId participant, Assessment given, SignedInUser by) {
        mayChange(participant, by);
        WellbeingScale scale = records.scale(given.scale()).orElseThrow(() -> new RuleViolation("scale", "Choose a wellbeing scale"));
        if (given.scores().size() != scale.items().size()) {
            throw new RuleViolation("score0", "Answer every wellbeing question");
        }
        for (int i = 0; i < given.scores().size(); i++) {
            Integer score = given.scores().get(i);
            if (score == null || score < scale.minScore() || score > scale.maxScore()) {
                throw new RuleViolation("score" + i, "Each score must be from " + scale.minScore() + " to " + scale.maxScore());
            }
        }
        if (given.barriers().stream().anyMatch(b -> !BARRIERS.containsKey(b))) {
            throw new RuleViolation("barriers", "Choose barriers from the list");
        }
        if (given.interests().stream().anyMatch(b -> !ROLE_FAMILIES.containsKey(b))) {
            throw new RuleViolation("interests", "Choose role families from the list");
        }
        if (given.shifts().stream().anyMatch(s -> !SHIFTS.containsKey(s))) {
            throw new RuleViolation("shifts", "Choose when they can work from the list");
        }
        if (given.hoursPerWeek() != null && (given.hoursPerWeek() < 0 || given.hoursPerWeek() > 60)) {
            throw new RuleViolation("hoursPerWeek", "Hours a week must be from 0 to 60");
        }
        Assessment saved = new Assessment(UUID.randomUUID(), LocalDate.now(clock), by.email(), trim(given.skills(), 4000, "skills"),
                given.barriers(), given.interests(), given.hoursPerWeek(), given.shifts(), trim(given.availability(), 1000, "availability"),
                trim(given.adjustments(), 2000, "adjustments"), scale.id(), given.scores());
        records.insertAssessment(participant, saved);
        audit.record(AuditAction.CREATE, RECORD_TYPE, participant, "assessment");
        events.publishEvent(new AssessmentRecorded(participant, saved.assessedOn(), by.email()));
        return saved;
    }

    /**
     * A goal with its steps (one or more, in order). Problems are named by the step's place on the form
     * ("step2.due"), all at once. The first goal agreed with the participant is the evidence that a plan
     * has been agreed.
     */
    @Transactional
    public UUID addGoal(ParticipantId participant, int expectedVersion, String title, boolean agreed, List<Goal.NewStep> steps,
                        SignedInUser by) {
        return addGoal(participant, expectedVersion, title, agreed, false, steps, by);
    }

    /** As above; {@code sharedWithMentor} when the participant agreed their mentor may see this goal. */
    @Transactional
    public UUID addGoal(ParticipantId participant, int expectedVersion, String title, boolean agreed, boolean sharedWithMentor,
                        List<Goal.NewStep> steps, SignedInUser by) {
        mayChange(participant, by);
        List<RuleViolation> problems = problemsWith(title, steps);
        if (!problems.isEmpty()) {
            throw new PlanProblems(problems);
        }
        bump(participant, expectedVersion);
        boolean firstAgreed = agreed && !records.hasAgreedGoal(participant);
        UUID goal = UUID.randomUUID();
        records.insertGoal(goal, participant, title.strip(), agreed, clock.instant());
        if (sharedWithMentor) {
            records.shareWithMentor(goal);
        }
        for (int i = 0; i < steps.size(); i++) {
            Goal.NewStep step = steps.get(i);
            records.insertStep(UUID.randomUUID(), goal, i + 1, step.description().strip(), step.owner(), step.dueOn());
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, participant, "added a goal with " + steps.size() + " steps");
        if (firstAgreed) {
            events.publishEvent(new PlanAgreed(participant, title.strip(), by.email()));
        }
        return goal;
    }

    @Transactional
    public void addStep(ParticipantId participant, int expectedVersion, UUID goal, Goal.NewStep step, SignedInUser by) {
        mayChange(participant, by);
        if (goal == null || !records.goalBelongsTo(goal, participant)) {
            throw new RecordNotFound("goal", goal);
        }
        List<RuleViolation> problems = problemsWith(step, "step1");
        if (!problems.isEmpty()) {
            throw new PlanProblems(problems);
        }
        bump(participant, expectedVersion);
        records.insertStep(UUID.randomUUID(), goal, records.nextPosition(goal), step.description().strip(), step.owner(), step.dueOn());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, participant, "added a step");
    }

    /** A goal of this person's plan, for the page that adds a step to it; not found for anyone else's. */
    @Transactional(readOnly = true)
    public Goal goal(ParticipantId participant, UUID goal, SignedInUser by) {
        mayChange(participant, by);
        return records.goals(participant).stream().filter(g -> g.id().equals(goal)).findFirst()
                .orElseThrow(() -> new RecordNotFound("goal", goal));
    }

    /**
     * What is wrong with a goal and its steps, without saving anything, so a page can list these beside
     * its own problems. Steps are named by place: "step1.description", "step2.due".
     */
    public List<RuleViolation> problemsWith(String title, List<Goal.NewStep> steps) {
        List<RuleViolation> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 300) {
            problems.add(new RuleViolation("title", "Write the goal in up to 300 characters"));
        }
        if (steps == null || steps.isEmpty()) {
            problems.add(new RuleViolation("step1.description", "Write at least one step"));
        } else {
            for (int i = 0; i < steps.size(); i++) {
                problems.addAll(problemsWith(steps.get(i), "step" + (i + 1)));
            }
        }
        return problems;
    }

    /** More than one rule broken at once: each names its field, so the page lists them all. */
    public static class PlanProblems extends RuleViolation {
        private final List<RuleViolation> problems;

        PlanProblems(List<RuleViolation> problems) {
            super(problems.getFirst().field(), problems.getFirst().getMessage());
            this.problems = List.copyOf(problems);
        }

        public List<RuleViolation> problems() {
            return problems;
        }
    }

    /** What is wrong with one step, named {@code prefix.description}, {@code .owner} and {@code .due}. */
    public List<RuleViolation> problemsWith(Goal.NewStep step, String prefix) {
        List<RuleViolation> problems = new ArrayList<>();
        if (step.description() == null || step.description().isBlank() || step.description().length() > 500) {
            problems.add(new RuleViolation(prefix + ".description", "Write the step in up to 500 characters"));
        }
        if (!OWNERS.containsKey(String.valueOf(step.owner()))) {
            problems.add(new RuleViolation(prefix + ".owner", "Choose who will do the step"));
        }
        if (step.dueOn() == null || step.dueOn().isBefore(LocalDate.now(clock))) {
            problems.add(new RuleViolation(prefix + ".due", "The step's due date must be today or later"));
        }
        return problems;
    }

    @Transactional
    public void completeStep(ParticipantId participant, int expectedVersion, UUID step, SignedInUser by) {
        mayChange(participant, by);
        bump(participant, expectedVersion);
        if (!records.completeStep(step, participant, LocalDate.now(clock))) {
            throw new RecordNotFound("step", step);
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, participant, "completed a step");
    }

    @Transactional
    public void scheduleReview(ParticipantId participant, int expectedVersion, LocalDate on, SignedInUser by) {
        mayChange(participant, by);
        if (on == null || !on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("reviewOn", "The review date must be in the future");
        }
        bump(participant, expectedVersion);
        records.setReview(participant, on);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, participant, "review on " + Display.date(on));
    }

    /**
     * The goals the participant agreed to share with their mentor, and nothing else of the plan, for the
     * support module's mentee page. The support module decides (by the mentor's assignment) that the
     * reader may see them, as this module cannot know who mentors whom; the read is audited here.
     */
    @Transactional
    public List<String> goalsSharedWithMentor(ParticipantId participant, String purpose) {
        List<String> goals = records.goalsSharedWithMentor(participant);
        audit.record(AuditAction.READ, RECORD_TYPE, participant, "goals shared with the mentor, for " + purpose);
        return goals;
    }

    /**
     * The barriers of the latest assessment, oldest barrier code first as assessed (empty before any
     * assessment), for the support section to suggest actions from; audited like the plan.
     */
    @Transactional
    public List<String> latestBarriers(ParticipantId participant, SignedInUser by) {
        if (!participants.mayActFor(participant, by)) {
            throw new RecordNotFound(RECORD_TYPE, participant);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, participant, "read the barriers of the latest assessment");
        List<Assessment> assessments = records.assessments(participant);
        return assessments.isEmpty() ? List.of() : List.copyOf(assessments.getLast().barriers());
    }

    /** The plan, for the navigator or a manager, or the participant themself; audited. */
    @Transactional
    public PersonalPlan plan(ParticipantId participant, SignedInUser by) {
        boolean own = participants.ownRecord(by).map(participant::equals).orElse(false);
        if (!own && !participants.mayActFor(participant, by)) {
            throw new RecordNotFound(RECORD_TYPE, participant);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, participant, own ? "participant read their own plan" : "viewed plan");
        var header = records.plan(participant);
        List<Assessment> assessments = records.assessments(participant);
        WellbeingScale scale = assessments.isEmpty() ? records.scales().getFirst()
                : records.scale(assessments.getLast().scale()).orElseThrow();
        LocalDate review = header.nextReviewOn();
        long compared = assessments.stream().filter(a -> a.scale().equals(scale.id())).count();
        return new PersonalPlan(review, review != null && review.isBefore(LocalDate.now(clock)), header.version(),
                records.goals(participant), assessments, distance(assessments, scale), scale, (int) compared);
    }

    /**
     * For matching: the profiles of the people this user acts for who have been assessed (people without
     * an assessment are not ready to match). One audit entry for the whole cohort.
     */
    @Transactional
    public Map<ParticipantId, MatchingProfile> matchingProfiles(List<ParticipantId> people, SignedInUser by) {
        var actedFor = participants.actedForBy(people, by);
        List<ParticipantId> allowed = people.stream().filter(actedFor::contains).toList();
        Map<ParticipantId, MatchingProfile> profiles = records.matchingProfiles(allowed);
        audit.recordShown(RECORD_TYPE, profiles.keySet(), "interests and availability of people for matching");
        return profiles;
    }

    /** First against latest assessment on the same scale: each wellbeing item, and the number of barriers. */
    static List<PersonalPlan.Change> distance(List<Assessment> assessments, WellbeingScale scale) {
        List<Assessment> same = assessments.stream().filter(a -> a.scale().equals(scale.id())).toList();
        List<PersonalPlan.Change> changes = new ArrayList<>();
        if (same.size() < 2) {
            return changes;
        }
        Assessment first = same.getFirst();
        Assessment latest = same.getLast();
        for (int i = 0; i < scale.items().size(); i++) {
            int a = first.scores().get(i);
            int b = latest.scores().get(i);
            boolean lower = scale.items().get(i).lowerIsBetter();
            changes.add(new PersonalPlan.Change(scale.items().get(i).text(), a, b, lower ? b < a : b > a, lower ? b > a : b < a, b - a));
        }
        int before = first.barriers().size();
        int now = latest.barriers().size();
        changes.add(new PersonalPlan.Change("Barriers to work", before, now, now < before, now > before, now - before));
        return changes;
    }

    private void bump(ParticipantId participant, int expectedVersion) {
        if (!records.bumpVersion(participant, expectedVersion)) {
            throw new RuleViolation("version", "Someone else changed this plan while you were editing it. "
                    + "Reload the page to see their change, then make yours again.");
        }
    }

    private void mayChange(ParticipantId participant, SignedInUser by) {
        if (!participants.mayActFor(participant, by)) {
            throw new RecordNotFound(RECORD_TYPE, participant);
        }
    }

    private static String trim(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new RuleViolation(field, "Keep it to " + max + " characters or fewer");
        }
        return v;
    }
}
