package org.anchorage.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.anchorage.support.internal.SupportActionRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support actions: each barrier from the assessment becomes something someone does by a date (a travel
 * pass, childcare, interview clothes, a referral to debt advice), then is done or no longer needed. The
 * same people as the record (the person's navigator, a manager of their programme) see and change them;
 * the participant sees their own in plain words, without staff notes. Every read and change is audited,
 * and each change is a step on the timeline.
 */
@Service
public class SupportActions {

    public static final String RECORD_TYPE = "support-action";
    static final String TIMELINE_KIND = "support";

    private final Participants participants;
    private final Plans plans;
    private final SupportActionRecords records;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupportActions(Participants participants, Plans plans, SupportActionRecords records, AuditTrail audit,
                   ApplicationEventPublisher events, Clock clock) {
        this.participants = participants;
        this.plans = plans;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A barrier of the latest assessment and the kinds of action suggested for it. */
    public record Suggestion(String barrier, String barrierLabel, List<SupportActionKind> kinds) {}

    /** The suggestions for each barrier of the latest assessment (none before an assessment). */
    @Transactional
    public List<Suggestion> suggestions(ParticipantId participant, SignedInUser by) {
        return plans.latestBarriers(participant, by).stream()
                .map(b -> new Suggestion(b, Plans.BARRIERS.getOrDefault(b, b), SupportActionKind.suggestedFor(b))).toList();
    }

    /** Every action for the person, open ones first by due date; 404 for anyone who may not act for them. */
    @Transactional
    public List<SupportAction> of(ParticipantId participant, SignedInUser by) {
        requireActsFor(participant, by);
        List<SupportAction> actions = records.of(participant);
        audit.record(AuditAction.READ, RECORD_TYPE, participant, "viewed support actions (" + actions.size() + ")");
        return actions;
    }

    /** Every rule a new action must keep, field by field, so a form shows them all at once. */
    public List<RuleViolation> problemsWith(SupportAction.New a) {
        List<RuleViolation> problems = new ArrayList<>();
        if (a.barrier() == null || !Plans.BARRIERS.containsKey(a.barrier())) {
            problems.add(new RuleViolation("barrier", "Choose the barrier this action helps with"));
        }
        if (a.kind() == null || SupportActionKind.fromCode(a.kind()).isEmpty()) {
            problems.add(new RuleViolation("kind", "Choose the sort of help"));
        }
        if (a.what() == null || a.what().isBlank()) {
            problems.add(new RuleViolation("what", "Enter what will be done"));
        } else if (a.what().strip().length() > 300) {
            problems.add(new RuleViolation("what", "Write what will be done in up to 300 characters"));
        }
        var owner = a.owner() == null ? java.util.Optional.<SupportActionOwner>empty() : SupportActionOwner.fromCode(a.owner());
        if (owner.isEmpty()) {
            problems.add(new RuleViolation("owner", "Choose who will do it"));
        } else if (owner.get() == SupportActionOwner.PARTNER && (a.partnerName() == null || a.partnerName().isBlank())) {
            problems.add(new RuleViolation("partnerName", "Enter the partner organisation that will do it"));
        } else if (a.partnerName() != null && a.partnerName().strip().length() > 200) {
            problems.add(new RuleViolation("partnerName", "Write the partner organisation's name in up to 200 characters"));
        }
        if (a.dueOn() == null) {
            problems.add(new RuleViolation("due", "Enter the date it should be done by"));
        } else if (a.dueOn().isBefore(today())) {
            problems.add(new RuleViolation("due", "The due date must be today or later"));
        } else if (a.dueOn().isAfter(today().plusYears(2))) {
            problems.add(new RuleViolation("due", "The due date must be within 2 years"));
        }
        if (a.notes() != null && a.notes().length() > 2000) {
            problems.add(new RuleViolation("notes", "Write the notes in up to 2000 characters"));
        }
        return problems;
    }

    /** Adds an action for the person, refusing the first broken rule (the form shows them all first). */
    @Transactional
    public UUID add(ParticipantId participant, SupportAction.New a, SignedInUser by) {
        requireActsFor(participant, by);
        List<RuleViolation> problems = problemsWith(a);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        boolean partner = SupportActionOwner.PARTNER.code().equals(a.owner());
        SupportAction.New clean = new SupportAction.New(a.barrier(), a.kind(), a.what().strip(), a.owner(),
                partner ? a.partnerName().strip() : null, a.dueOn(), a.notes() == null ? "" : a.notes().strip());
        UUID id = UUID.randomUUID();
        records.insert(id, participant, clean, by.id(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "added a support action");
        events.publishEvent(new SupportActionRecorded(participant, by.email(), "Support action added: " + clean.what() + " ("
                + SupportActionKind.fromCode(clean.kind()).orElseThrow().label().toLowerCase() + "), due "
                + Display.date(clean.dueOn()), TIMELINE_KIND));
        return id;
    }

    /**
     * Marks an open action done (saying what happened) or no longer needed, refusing a stale page. An action
     * of another person answers 404, as if it did not exist.
     */
    @Transactional
    public void close(ParticipantId participant, UUID action, int version, boolean done, String happened, SignedInUser by) {
        requireActsFor(participant, by);
        SupportAction a = records.find(action).filter(x -> x.participant().equals(participant))
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, action));
        if (!a.open()) {
            throw new RuleViolation("actions", "This action was already closed");
        }
        String text = happened == null ? "" : happened.strip();
        if (done && text.isEmpty()) {
            throw new RuleViolation("happened-" + action, "Say what happened");
        }
        if (text.length() > 1000) {
            throw new RuleViolation("happened-" + action, "Write what happened in up to 1000 characters");
        }
        if (!records.close(action, version, done ? "done" : "not-needed", text, by.id(), today())) {
            throw new RuleViolation("actions", "Someone else changed this action at the same moment. Reload the page and try again.");
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, action, done ? "support action done" : "support action no longer needed");
        events.publishEvent(new SupportActionRecorded(participant, by.email(),
                (done ? "Support action done: " : "Support action no longer needed: ") + a.what(), TIMELINE_KIND));
    }

    /**
     * The signed-in participant's own actions, open and done, in plain words: never staff notes or what
     * staff wrote happened. Empty for anyone who is not a participant with a linked record.
     */
    @Transactional
    public List<SupportAction.Mine> mine(SignedInUser participant) {
        var own = participants.ownRecord(participant);
        if (own.isEmpty()) {
            return List.of();
        }
        List<SupportAction> actions = records.of(own.get());
        audit.record(AuditAction.READ, RECORD_TYPE, own.get(), "participant read their own support actions");
        return actions.stream().filter(a -> !"not-needed".equals(a.status()))
                .map(a -> new SupportAction.Mine(a.what(), a.barrierLabel(),
                        a.owner() == SupportActionOwner.PARTNER ? a.partnerName() : a.owner().toParticipant(), a.dueOn(),
                        a.open() ? "To do" : "Done"))
                .toList();
    }

    /** An open action of this person, for a fund request to pay for; 404 otherwise. */
    @Transactional(readOnly = true)
    public SupportAction actionOf(ParticipantId participant, UUID action, SignedInUser by) {
        requireActsFor(participant, by);
        return records.find(action).filter(x -> x.participant().equals(participant))
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, action));
    }

    private void requireActsFor(ParticipantId participant, SignedInUser by) {
        if (!participants.mayActFor(participant, by)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
    }

    private LocalDate today() {
        return participants.today();
    }
}
