package org.anchorage.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outcome.internal.OutcomeAssessment;
import org.anchorage.outcome.internal.OutcomeCalculator;
import org.anchorage.outcome.internal.OutcomeCalculator.Assessed;
import org.anchorage.outcome.internal.OutcomeRecords;
import org.anchorage.outcome.internal.OutcomeRecords.ClaimRow;
import org.anchorage.outcome.internal.OutcomeRecords.StartFacts;
import org.anchorage.participant.Participant;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Placements;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's outcomes for each job start, computed from the recorded facts against the definitions in
 * force on its start date; the outcomes evidenced, stored once and published ({@link OutcomeAchieved}); and the
 * claims a manager marks. The record's outcomes are seen by whoever sees its job starts; the claims by a manager
 * of the programme. Everything not theirs answers 404; every read and change is audited.
 */
@Service
public class Outcomes {

    public static final String RECORD_TYPE = "outcome-achievement";
    public static final Map<String, String> CLAIM_STATUSES = Map.of(OutcomeStatus.ACHIEVED, "Achieved, not claimed yet",
            OutcomeStatus.CLAIMED, "Claimed");

    private final OutcomeRecords records;
    private final OutcomeAssessment assessment;
    private final Participants participants;
    private final Placements placements;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Outcomes(OutcomeRecords records, OutcomeAssessment assessment, Participants participants, Placements placements, AccessPolicy access,
             ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.records = records;
        this.assessment = assessment;
        this.participants = participants;
        this.placements = placements;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the record's outcomes -------------------------------------------------------------------------

    /** The person's job starts' outcomes, latest start first, when this user sees their job starts (404 otherwise); audited. */
    @Transactional
    public List<JobOutcomes> of(ParticipantId participant, SignedInUser user) {
        Participant person = participants.open(participant, user);
        if (!access.scopeOf(user).recordsJobOutcomes(person.programme().value(), person.navigator())) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
        List<JobOutcomes> outcomes = assessment.ofPerson(participant, participants.today());
        audit.recordShown(JobStarts.RECORD_TYPE, outcomes.stream().map(JobOutcomes::jobStart).toList(), "outcomes of job starts");
        return outcomes;
    }

    /**
     * Stores every outcome the start's facts now evidence and publishes each as {@link OutcomeAchieved}, in the
     * caller's transaction; for {@link JobStarts#recordCheck} and a change recorded in the job. Returns what was new.
     */
    @Transactional
    public List<OutcomeAchieved> reassess(UUID jobStart, SignedInUser by) {
        StartFacts start = records.factsOfStart(jobStart).orElseThrow(() -> new RecordNotFound(JobStarts.RECORD_TYPE, jobStart));
        LocalDate on = start.facts().startsOn();
        LocalDate today = participants.today();
        JobRule rule = records.jobRulesFor(start.programme()).stream().filter(r -> r.inForceOn(on)).findFirst().orElse(JobRule.ANY_JOB);
        List<OutcomeDefinition> definitions = records.definitionsFor(start.programme()).stream().filter(d -> d.inForceOn(on)).toList();
        if (definitions.isEmpty() || rule.whyNotCounted(start.facts().hoursPerWeek(), start.facts().sector()) != null) {
            return List.of();
        }
        int wage = placements.minimumWage(21, on).hourlyPence();
        var stored = records.storedFor(List.of(jobStart)).getOrDefault(jobStart, Map.of());
        List<OutcomeAchieved> achieved = new ArrayList<>();
        for (Assessed a : OutcomeCalculator.assess(start.facts(), definitions, wage, today)) {
            if (a.evidence() == null || stored.containsKey(a.definition().id())) {
                continue;
            }
            UUID id = UUID.randomUUID();
            if (records.insertAchievement(id, jobStart, a.definition().id(), a.evidence().on(), a.evidence().evidence(), a.evidence().source(),
                    by.id().value(), clock.instant())) {
                audit.record(AuditAction.CREATE, RECORD_TYPE, id, a.definition().code() + " achieved for job start " + jobStart);
                OutcomeAchieved event = new OutcomeAchieved(id, jobStart, start.participant(), a.definition().code(), a.definition().name(),
                        a.definition().sustainment(), a.evidence().on(), by.email());
                events.publishEvent(event);
                achieved.add(event);
            }
        }
        return achieved;
    }

    // --- definitions and claims, for the programme's managers ------------------------------------------

    private void managing(ProgrammeId programme, SignedInUser user) {
        if (!access.scopeOf(user).claimsOutcomes(programme.value())) {
            throw new RecordNotFound("programme", programme);
        }
    }

    /** The programme's outcome definitions and which jobs count (its own, or the defaults), every effective period. */
    public record Definitions(List<OutcomeDefinition> definitions, List<JobRule> jobRules) {}

    @Transactional(readOnly = true)
    public Definitions definitions(ProgrammeId programme, SignedInUser user) {
        managing(programme, user);
        return new Definitions(records.definitionsFor(programme.value()), records.jobRulesFor(programme.value()));
    }

    /** An outcome achieved, for the claims list: whose (a name), which job, what, when, and claimed when and by whom. */
    public record Claim(UUID id, UUID jobStart, ParticipantId participant, String person, String job, LocalDate jobStartsOn, String definition, String definitionName,
                        LocalDate achievedOn, String evidence, LocalDate claimedOn, String claimedBy) {
        public String status() {
            return claimedOn == null ? OutcomeStatus.ACHIEVED : OutcomeStatus.CLAIMED;
        }

        public String evidenceLabel() {
            return JobStarts.EVIDENCE.getOrDefault(evidence, evidence);
        }
    }

    /** The programme's achieved and claimed outcomes, filtered by status and definition code (each null for all); audited. */
    @Transactional
    public List<Claim> claims(ProgrammeId programme, String status, String definition, SignedInUser user) {
        managing(programme, user);
        String s = status != null && CLAIM_STATUSES.containsKey(status) ? status : null;
        String d = definition == null || definition.isBlank() ? null : definition.strip();
        List<ClaimRow> rows = records.claims(programme.value(), s, d);
        Map<ParticipantId, String> names = participants.namesFor(rows.stream().map(ClaimRow::participant).distinct().toList(),
                "the programme's outcome claims");
        audit.recordShown(RECORD_TYPE, rows.stream().map(ClaimRow::id).toList(), "outcome claims of programme " + programme.value());
        return rows.stream().map(r -> new Claim(r.id(), r.jobStart(), r.participant(), names.getOrDefault(r.participant(), ""),
                r.roleTitle() + " at " + r.employer(), r.jobStartsOn(), r.definition(), r.definitionName(), r.achievedOn(), r.evidence(), r.claimedOn(),
                r.claimedBy())).toList();
    }

    /** One achievement of the programme, for the page that marks it claimed; 404 when not the programme's. */
    @Transactional
    public Claim claim(ProgrammeId programme, UUID achievement, SignedInUser user) {
        managing(programme, user);
        return claims(programme, null, null, user).stream().filter(c -> c.id().equals(achievement)).findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, achievement));
    }

    /** Every problem with marking this outcome claimed on this day, each naming the field "claimedOn". */
    static List<RuleViolation> claimProblems(LocalDate achievedOn, LocalDate alreadyClaimed, LocalDate claimedOn, LocalDate today) {
        List<RuleViolation> problems = new ArrayList<>();
        if (alreadyClaimed != null) {
            problems.add(new RuleViolation("claimedOn", "This outcome was already marked claimed on " + Display.date(alreadyClaimed)));
        } else if (claimedOn == null) {
            problems.add(new RuleViolation("claimedOn", "Enter the date the outcome was claimed"));
        } else if (claimedOn.isAfter(today)) {
            problems.add(new RuleViolation("claimedOn", "The date claimed must be today or in the past"));
        } else if (claimedOn.isBefore(achievedOn)) {
            problems.add(new RuleViolation("claimedOn", "The date claimed must be on or after the day it was achieved, "
                    + Display.date(achievedOn)));
        }
        return problems;
    }

    /** Marks an achieved outcome claimed (refused, naming the field, for a date in the future or before it was achieved). */
    @Transactional
    public void markClaimed(ProgrammeId programme, UUID achievement, LocalDate claimedOn, SignedInUser by) {
        managing(programme, by);
        ClaimRow row = records.lockClaim(programme.value(), achievement).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, achievement));
        List<RuleViolation> problems = claimProblems(row.achievedOn(), row.claimedOn(), claimedOn, participants.today());
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        records.markClaimed(achievement, claimedOn, by.id().value(), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, achievement, "marked claimed on " + claimedOn);
    }
}
