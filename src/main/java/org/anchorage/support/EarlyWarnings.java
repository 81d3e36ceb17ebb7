package org.anchorage.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.EngagementChanged;
import org.anchorage.participant.EngagementFacts;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.plan.Plans;
import org.anchorage.plan.WellbeingScale;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.calendar.WorkingDays;
import org.anchorage.support.EarlyWarningRule.Code;
import org.anchorage.support.internal.EarlyWarningEvaluation;
import org.anchorage.support.internal.EarlyWarningEvaluation.Raised;
import org.anchorage.support.internal.EarlyWarningRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Early warnings that a person is drifting away: the programme's rules (data, per programme), evaluated
 * in one place over the facts each module gives through {@link EngagementFacts}, reconciled with the flags
 * already raised: new ones raised, those no longer holding cleared and kept as history, acknowledged ones
 * left acknowledged while they hold. Recomputed every hour and whenever a fact about a person changes.
 */
@Service
public class EarlyWarnings {

    public static final String RECORD_TYPE = "early-warning";
    public static final String KIND = "Early warning";
    private static final Logger log = LoggerFactory.getLogger(EarlyWarnings.class);

    private final EarlyWarningRecords records;
    private final Participants participants;
    private final Programmes programmes;
    private final Plans plans;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<EngagementFacts> sources;

    EarlyWarnings(EarlyWarningRecords records, Participants participants, Programmes programmes, Plans plans, WorkingDays workingDays,
                  AuditTrail audit, Clock clock, ObjectProvider<EngagementFacts> sources) {
        this.records = records;
        this.participants = participants;
        this.programmes = programmes;
        this.plans = plans;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
        this.sources = sources;
    }

    /** What one recomputation did. */
    public record Recomputed(int people, int holding, int raised, int cleared) {}

    // --- Rules -----------------------------------------------------------------------------------------------

    /** The programme's six rules, in the order, for its managers; created with the defaults on first read. */
    @Transactional
    public List<EarlyWarningRule> rules(ProgrammeId programme, SignedInUser user) {
        programmes.getManagedBy(programme, user);
        Map<Code, EarlyWarningRule> rules = records.rules(List.of(programme), clock.instant()).getOrDefault(programme, Map.of());
        return java.util.Arrays.stream(Code.values()).map(c -> rules.getOrDefault(c, c.byDefault())).toList();
    }

    /** The field a rule's value is shown in, so an error can link to it. */
    public static String field(Code code, String part) {
        return part + "-" + code.code();
    }

    /** Every problem with these rules, each naming its field, so a page can show them all at once. */
    public static List<Map.Entry<String, String>> problemsWith(Collection<EarlyWarningRule> rules) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        for (EarlyWarningRule rule : rules) {
            Code c = rule.code();
            if (rule.threshold() < 1 || rule.threshold() > c.maximum()) {
                problems.add(Map.entry(field(c, "threshold"), c.label() + ": enter a whole number from 1 to " + c.maximum()));
            }
            if (c.hasScores()) {
                if (rule.lowScore() == null || rule.lowScore() < 0 || rule.lowScore() > 10) {
                    problems.add(Map.entry(field(c, "low"), c.label() + ": enter the low score, a whole number from 0 to 10"));
                }
                if (rule.highScore() == null || rule.highScore() < 0 || rule.highScore() > 10) {
                    problems.add(Map.entry(field(c, "high"), c.label() + ": enter the high anxiety score, a whole number from 0 to 10"));
                }
            }
        }
        return problems;
    }

    /**
     * Saves the programme's rules (refusing a stale page and any bad value), audited, and recomputes the
     * programme's flags so the change shows at once.
     */
    @Transactional
    public void changeRules(ProgrammeId programme, List<EarlyWarningRule> changed, SignedInUser by) {
        programmes.getManagedBy(programme, by);
        for (var problem : problemsWith(changed)) {
            throw new RuleViolation(problem.getKey(), problem.getValue());
        }
        rules(programme, by);
        for (EarlyWarningRule rule : changed) {
            EarlyWarningRule saved = rule.code().hasScores() ? rule
                    : new EarlyWarningRule(rule.code(), rule.enabled(), rule.threshold(), null, null, rule.version());
            if (!records.saveRule(programme, saved, clock.instant(), by.email())) {
                throw new RuleViolation("version", "Someone else changed these rules while you were editing them. Reload the page.");
            }
        }
        audit.record(AuditAction.CHANGE, "programme", programme.value(), "changed the early-warning rules");
        recompute(programme);
    }

    // --- Recomputation ---------------------------------------------------------------------------------------

    /**
     * The flags that hold today for these people, worked out from every module's facts in a few set-based
     * queries per module, without writing any flag (the benchmark compares this with person-by-person runs).
     */
    @Transactional
    public List<Raised> evaluate(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        List<EngagementFacts.Fact> facts = new ArrayList<>();
        sources.orderedStream().forEach(source -> facts.addAll(source.factsFor(people, today)));
        Set<ProgrammeId> inProgrammes = facts.stream().filter(f -> f instanceof EngagementFacts.Enrolment)
                .map(f -> ((EngagementFacts.Enrolment) f).programme()).collect(Collectors.toSet());
        Map<UUID, WellbeingScale> scales = plans.scales().stream().collect(Collectors.toMap(WellbeingScale::id, Function.identity()));
        return EarlyWarningEvaluation.evaluate(facts, records.latestCheckins(people, today),
                records.rules(inProgrammes, clock.instant()), scales, workingDays.holidays(), today);
    }

    /** Recomputes everyone's flags in one programme, or in every programme when it is null. */
    @Transactional
    public Recomputed recompute(ProgrammeId programme) {
        Set<ParticipantId> people = new LinkedHashSet<>(participants.notWithdrawn(programme));
        if (programme == null) {
            // Someone withdrawn since their flag was raised: their flags clear too.
            people.addAll(records.flagged());
        }
        return reconcile(people);
    }

    /**
     * Recomputes one person's flags. Called after any change to a fact about them commits (see the listeners
     * below); the mentoring and wellbeing facades call it after recording a session or a check-in.
     */
    @Transactional
    public Recomputed recomputeFor(ParticipantId person) {
        return reconcile(List.of(person));
    }

    private Recomputed reconcile(Collection<ParticipantId> people) {
        if (people.isEmpty()) {
            return new Recomputed(0, 0, 0, 0);
        }
        Instant now = clock.instant();
        List<Raised> holding = evaluate(people, LocalDate.now(clock));
        Map<String, EarlyWarningRecords.OpenFlag> open = new HashMap<>();
        for (var flag : records.openFlags(people)) {
            open.put(key(flag.participant(), flag.rule()), flag);
        }
        List<Raised> fresh = new ArrayList<>();
        Map<UUID, String> reworded = new HashMap<>();
        Set<String> held = new HashSet<>();
        for (Raised r : holding) {
            String key = key(r.participant(), r.rule());
            held.add(key);
            var existing = open.get(key);
            if (existing == null) {
                fresh.add(r);
            } else if (!existing.why().equals(r.why())) {
                reworded.put(existing.id(), r.why());
            }
        }
        List<UUID> cleared = open.entrySet().stream().filter(e -> !held.contains(e.getKey())).map(e -> e.getValue().id()).toList();
        int raised = records.raise(fresh, now);
        int clearedCount = records.clear(cleared, now);
        records.reword(reworded);
        return new Recomputed(people.size(), holding.size(), raised, clearedCount);
    }

    private static String key(ParticipantId participant, Code rule) {
        return participant.value() + "/" + rule.code();
    }

    /** Time passes for everyone (fourteen days without contact), so every flag is recomputed each hour, once across nodes. */
    @Scheduled(cron = "${anchorage.early-warnings.cron:0 7 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "early-warnings-recompute", lockAtMostFor = "PT10M")
    void onTheHour() {
        Recomputed done = recompute(null);
        log.info("Early warnings recomputed for {} people: {} holding, {} raised, {} cleared", done.people(), done.holding(),
                done.raised(), done.cleared());
    }

    /** A contact, appointment outcome, register, attendance week or check changed: that person's flags, once it commits. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EngagementChanged changed) {
        quietly(changed.participant());
    }

    /** A stage moved (a placement started or ended, a booking changed, training completed): that person's flags. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PipelineMilestone milestone) {
        quietly(milestone.participant());
    }

    /** The change itself has committed; a failure here must not undo it nor fail the page, and the hourly run catches up. */
    private void quietly(ParticipantId person) {
        try {
            recomputeFor(person);
        } catch (RuntimeException e) {
            log.warn("Early warnings for {} not recomputed now (the hourly run will): {}", person.value(), e.toString());
        }
    }

    // --- Reading and acknowledging ---------------------------------------------------------------------------

    /** The person's flags, open first then history, for their navigator and programme managers (audited); 404 otherwise. */
    @Transactional
    public List<EarlyWarningFlag> flagsOf(ParticipantId person, SignedInUser user) {
        if (!participants.mayActFor(person, user)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, person);
        }
        audit.record(AuditAction.READ, Participants.RECORD_TYPE, person, "viewed early warnings");
        return records.flagsOf(List.of(person), false);
    }

    /** Open flags of these people, for the record header and the worklist (the caller has checked access). */
    @Transactional(readOnly = true)
    public List<EarlyWarningFlag> openFlagsOf(Collection<ParticipantId> people) {
        return people.isEmpty() ? List.of() : records.flagsOf(people, true);
    }

    /** Records who acknowledged an open flag and what they did; refused when it has cleared or been acknowledged meanwhile. */
    @Transactional
    public void acknowledge(ParticipantId person, UUID flag, String actionTaken, SignedInUser by) {
        if (!participants.mayActFor(person, by)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, person);
        }
        EarlyWarningFlag found = records.flag(flag).filter(f -> f.participant().equals(person))
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, flag));
        String action = actionTaken == null ? "" : actionTaken.strip();
        if (action.isEmpty()) {
            throw new RuleViolation("actionTaken", "Say what was done about the warning");
        }
        if (action.length() > 2000) {
            throw new RuleViolation("actionTaken", "Keep what was done to 2000 characters or fewer");
        }
        if (!records.acknowledge(found.id(), by.displayName(), clock.instant(), action)) {
            throw new RuleViolation("actionTaken", found.open() ? "Someone has already acknowledged this warning. Reload the page."
                    : "This warning has cleared since the page was loaded, so it needs no acknowledgement");
        }
        audit.record(AuditAction.CHANGE, Participants.RECORD_TYPE, person, "acknowledged an early warning (" + found.rule().code() + ")");
    }
}
