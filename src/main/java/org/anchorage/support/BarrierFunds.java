package org.anchorage.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.participant.Participant;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.anchorage.support.internal.BarrierFundRecords;
import org.anchorage.support.internal.BarrierFundRecords.FundRow;
import org.anchorage.support.internal.BarrierFundRecords.RequestRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's barrier fund: a budget for a financial year set by a manager of the programme; requests for
 * money for a person (amount, reason, what it buys, optionally the support action it pays for) by their
 * navigator or a manager; approval or refusal by a manager of the programme who did not make the request;
 * and what was actually paid, recorded against the person. What is left is budget − approved − spent; a
 * request above it is refused when made and when approved, under the fund's row lock so two approvals at
 * once cannot overspend. Money is whole pence throughout.
 */
@Service
public class BarrierFunds {

    public static final String RECORD_TYPE = "barrier-fund-request";
    public static final String FUND_RECORD_TYPE = "barrier-fund";
    static final String TIMELINE_KIND = "barrier-fund";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final BarrierFundRecords records;
    private final Participants participants;
    private final SupportActions actions;
    private final Programmes programmes;
    private final Users users;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BarrierFunds(BarrierFundRecords records, Participants participants, SupportActions actions, Programmes programmes, Users users,
                 AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.participants = participants;
        this.actions = actions;
        this.programmes = programmes;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- The fund --------------------------------------------------------------------------------------

    /** The programmes this manager manages, each with its fund if one is set. */
    @Transactional(readOnly = true)
    public Map<Programme, Optional<BarrierFund>> fundsManagedBy(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        Map<UUID, FundRow> funds = new HashMap<>();
        records.funds(scope.programmeIds()).forEach(f -> funds.put(f.programme().value(), f));
        Map<Programme, Optional<BarrierFund>> result = new java.util.LinkedHashMap<>();
        for (Programme p : programmes.visibleTo(user)) {
            if (scope.managesBarrierFund(p.id().value())) {
                result.put(p, Optional.ofNullable(funds.get(p.id().value())).map(f -> view(f, p.name())));
            }
        }
        return result;
    }

    /** The programme's fund, for its managers; empty when none is set; 404 for anyone else. */
    @Transactional(readOnly = true)
    public Optional<BarrierFund> fund(ProgrammeId programme, SignedInUser user) {
        Programme p = managed(programme, user);
        return records.fund(programme).map(f -> view(f, p.name()));
    }

    /** The rules a budget must keep, field by field. */
    public List<RuleViolation> problemsWithBudget(String budget, LocalDate starts, LocalDate ends) {
        List<RuleViolation> problems = new ArrayList<>();
        BarrierFundMoney.problemWith(budget, "the budget").ifPresent(m -> problems.add(new RuleViolation("budget", m)));
        if (starts == null) {
            problems.add(new RuleViolation("yearStarts", "Enter the first day of the financial year"));
        }
        if (ends == null) {
            problems.add(new RuleViolation("yearEnds", "Enter the last day of the financial year"));
        } else if (starts != null && !ends.isAfter(starts)) {
            problems.add(new RuleViolation("yearEnds", "The last day must be after the first day"));
        } else if (starts != null && ends.isAfter(starts.plusYears(1))) {
            problems.add(new RuleViolation("yearEnds", "A financial year is at most one year long"));
        }
        return problems;
    }

    /**
     * Sets (or changes) the programme's budget and year, refusing a stale page and a budget below what is
     * already approved or spent.
     */
    @Transactional
    public BarrierFund setBudget(ProgrammeId programme, String budget, LocalDate starts, LocalDate ends, Integer version,
                                 SignedInUser by) {
        Programme p = managed(programme, by);
        List<RuleViolation> problems = problemsWithBudget(budget, starts, ends);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        long pence = BarrierFundMoney.pence(budget);
        Optional<FundRow> existing = records.lockFund(programme);
        if (existing.isEmpty()) {
            records.insertFund(UUID.randomUUID(), programme, pence, starts, ends, by.id(), clock.instant());
        } else {
            FundRow f = existing.get();
            long committed = f.approvedPence() + f.spentPence();
            if (pence < committed) {
                throw new RuleViolation("budget", "The budget cannot be less than the " + BarrierFundMoney.pounds(committed)
                        + " already approved or spent");
            }
            if (version == null || version != f.version() || !records.updateFund(f.id(), f.version(), pence, starts, ends, by.id(),
                    clock.instant())) {
                throw new RuleViolation("budget", "Someone else changed the fund while you were editing it. Reload the page to see their change.");
            }
        }
        audit.record(existing.isEmpty() ? AuditAction.CREATE : AuditAction.CHANGE, FUND_RECORD_TYPE, programme.value(),
                "set the barrier fund budget to " + BarrierFundMoney.pounds(pence));
        return view(records.fund(programme).orElseThrow(), p.name());
    }

    // --- Requests -------------------------------------------------------------------------------------

    /** The rules a request must keep, field by field (the budget check needs the fund and comes when made). */
    public List<RuleViolation> problemsWith(BarrierFundRequest.New r) {
        List<RuleViolation> problems = new ArrayList<>();
        BarrierFundMoney.problemWith(r.amount(), "the amount").ifPresent(m -> problems.add(new RuleViolation("amount", m)));
        if (r.reason() == null || r.reason().isBlank()) {
            problems.add(new RuleViolation("reason", "Enter why the money is needed"));
        } else if (r.reason().strip().length() > 1000) {
            problems.add(new RuleViolation("reason", "Write the reason in up to 1000 characters"));
        }
        if (r.buys() == null || r.buys().isBlank()) {
            problems.add(new RuleViolation("buys", "Enter what the money will buy"));
        } else if (r.buys().strip().length() > 300) {
            problems.add(new RuleViolation("buys", "Write what it buys in up to 300 characters"));
        }
        return problems;
    }

    /**
     * Asks the person's programme's fund for money, by their navigator or a manager. Refused, naming the
     * field, when the programme has no fund for today, or the amount is more than is left.
     */
    @Transactional
    public UUID request(ParticipantId participant, BarrierFundRequest.New r, SignedInUser by) {
        Participant person = participants.open(participant, by);
        AccessScope scope = access.scopeOf(by);
        if (!scope.supports(person.programme().value(), person.navigator())) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
        List<RuleViolation> problems = problemsWith(r);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        if (r.action() != null) {
            actions.actionOf(participant, r.action(), by);
        }
        long pence = BarrierFundMoney.pence(r.amount());
        FundRow fund = records.lockFund(person.programme())
                .orElseThrow(() -> new RuleViolation("amount", "This programme has no barrier fund yet: ask a programme manager to set its budget"));
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (today.isBefore(fund.yearStartsOn()) || today.isAfter(fund.yearEndsOn())) {
            throw new RuleViolation("amount", "The barrier fund's year runs from " + Display.date(fund.yearStartsOn()) + " to "
                    + Display.date(fund.yearEndsOn()) + ": ask a programme manager to set this year's budget");
        }
        if (pence > fund.remainingPence()) {
            throw new RuleViolation("amount", "The amount is more than the " + BarrierFundMoney.pounds(Math.max(0, fund.remainingPence()))
                    + " left in the barrier fund");
        }
        UUID id = UUID.randomUUID();
        records.insertRequest(id, fund.id(), participant, r.action(), pence, r.reason().strip(), r.buys().strip(), by.id(),
                clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "asked the barrier fund for " + BarrierFundMoney.pounds(pence));
        events.publishEvent(new SupportActionRecorded(participant, by.email(), "Barrier fund asked for "
                + BarrierFundMoney.pounds(pence) + ": " + r.buys().strip(), TIMELINE_KIND));
        return id;
    }

    /** One request, for the programme's managers, the requester and the person's navigator; 404 for anyone else. */
    @Transactional
    public BarrierFundRequest request(UUID id, SignedInUser user) {
        RequestRow r = visibleRequest(id, user);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed a barrier fund request");
        return views(List.of(r), "a barrier fund request").getFirst();
    }

    /** Whether this user may approve or refuse the request: a manager of the programme who did not make it. */
    @Transactional(readOnly = true)
    public boolean mayDecide(BarrierFundRequest r, SignedInUser user) {
        return access.scopeOf(user).decidesFundRequest(r.programme().value(), r.requestedBy());
    }

    /** The person's requests, newest first, for the support section of their record. */
    @Transactional
    public List<BarrierFundRequest> ofParticipant(ParticipantId participant, SignedInUser user) {
        if (!participants.mayActFor(participant, user)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
        List<RequestRow> rows = records.requestsOf(participant);
        audit.record(AuditAction.READ, RECORD_TYPE, participant, "viewed barrier fund requests (" + rows.size() + ")");
        return views(rows, "barrier fund requests on the record");
    }

    /** Requests in the programmes this manager manages, waiting ones first; only the latest hundred. */
    @Transactional
    public List<BarrierFundRequest> requestsToManage(ProgrammeId programme, SignedInUser user) {
        managed(programme, user);
        List<RequestRow> rows = records.requestsIn(List.of(programme.value()), false, 100);
        audit.recordShown(RECORD_TYPE, rows.stream().map(RequestRow::id).toList(), "barrier fund requests of a programme");
        return views(rows, "barrier fund requests of a programme");
    }

    /** Requests waiting for a decision across the programmes this manager manages. */
    @Transactional
    public List<BarrierFundRequest> waiting(SignedInUser user) {
        List<UUID> managed = managedProgrammes(user);
        if (managed.isEmpty()) {
            return List.of();
        }
        List<RequestRow> rows = records.requestsIn(managed, true, 100);
        audit.recordShown(RECORD_TYPE, rows.stream().map(RequestRow::id).toList(), "barrier fund requests waiting for approval");
        return views(rows, "barrier fund requests waiting for approval");
    }

    /** How many requests this manager can decide now (not their own), for the header. */
    @Transactional(readOnly = true)
    public int waitingCount(SignedInUser user) {
        List<UUID> managed = managedProgrammes(user);
        return managed.isEmpty() ? 0 : records.waitingFor(managed, user.id());
    }

    /**
     * Approves or refuses a waiting request (a refusal needs a reason). Refused, naming the field, for the
     * person who asked ("You cannot approve a request you made"), for a stale page, and for an approval
     * above what is left in the fund, worked out under the fund's row lock.
     */
    @Transactional
    public void decide(UUID id, int version, boolean approve, String reason, SignedInUser by) {
        RequestRow r = visibleRequest(id, by);
        AccessScope scope = access.scopeOf(by);
        if (!scope.managesBarrierFund(r.programme().value())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        if (!scope.decidesFundRequest(r.programme().value(), r.requestedBy())) {
            throw new RuleViolation("decision", approve ? "You cannot approve a request you made: another programme manager must decide it"
                    : "You cannot refuse a request you made: another programme manager must decide it");
        }
        String text = reason == null ? "" : reason.strip();
        if (!approve && text.isEmpty()) {
            throw new RuleViolation("reason", "Enter why the request is refused");
        }
        if (text.length() > 1000) {
            throw new RuleViolation("reason", "Write the reason in up to 1000 characters");
        }
        FundRow fund = records.lockFund(r.programme()).orElseThrow();
        if (!"waiting".equals(r.status())) {
            throw new RuleViolation("decision", "This request was already decided");
        }
        if (approve && r.amountPence() > fund.remainingPence()) {
            throw new RuleViolation("decision", "Approving " + BarrierFundMoney.pounds(r.amountPence()) + " would spend more than the "
                    + BarrierFundMoney.pounds(Math.max(0, fund.remainingPence())) + " left in the barrier fund");
        }
        if (!records.decide(id, version, approve ? "approved" : "refused", text, by.id(), clock.instant())) {
            throw new RuleViolation("decision", "Someone else decided or changed this request at the same moment. Reload the page to see it.");
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, approve ? "approved a barrier fund request" : "refused a barrier fund request");
        events.publishEvent(new SupportActionRecorded(r.participant(), by.email(), "Barrier fund request of "
                + BarrierFundMoney.pounds(r.amountPence()) + (approve ? " approved" : " refused: " + text), TIMELINE_KIND));
    }

    /** The rules a payment must keep, field by field. */
    public List<RuleViolation> problemsWith(BarrierFundRequest.NewSpend s) {
        List<RuleViolation> problems = new ArrayList<>();
        BarrierFundMoney.problemWith(s.amount(), "the amount paid").ifPresent(m -> problems.add(new RuleViolation("amount", m)));
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (s.paidOn() == null) {
            problems.add(new RuleViolation("paidOn", "Enter the day it was paid"));
        } else if (s.paidOn().isAfter(today)) {
            problems.add(new RuleViolation("paidOn", "The day it was paid cannot be in the future"));
        }
        if (s.howPaid() == null || !BarrierFundRequest.HOW_PAID.containsKey(s.howPaid())) {
            problems.add(new RuleViolation("howPaid", "Choose how it was paid"));
        }
        if (s.receiptReference() == null || s.receiptReference().isBlank()) {
            problems.add(new RuleViolation("receiptReference", "Enter the receipt or finance reference"));
        } else if (s.receiptReference().strip().length() > 100) {
            problems.add(new RuleViolation("receiptReference", "Write the reference in up to 100 characters"));
        }
        return problems;
    }

    /**
     * Records what was actually paid for an approved request, against the person: at most the amount
     * approved, on or after the day it was approved, once.
     */
    @Transactional
    public void recordSpend(UUID id, BarrierFundRequest.NewSpend s, SignedInUser by) {
        RequestRow r = visibleRequest(id, by);
        if (!access.scopeOf(by).managesBarrierFund(r.programme().value()) && !participants.mayActFor(r.participant(), by)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        List<RuleViolation> problems = problemsWith(s);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        records.lockFund(r.programme());
        RequestRow now = records.request(id).orElseThrow();
        if (!"approved".equals(now.status())) {
            throw new RuleViolation("amount", "Only an approved request can be paid");
        }
        if (now.spentPence() != null) {
            throw new RuleViolation("amount", "This request was already paid");
        }
        long pence = BarrierFundMoney.pence(s.amount());
        if (pence > now.amountPence()) {
            throw new RuleViolation("amount", "The amount paid cannot be more than the " + BarrierFundMoney.pounds(now.amountPence())
                    + " approved; ask for more in a new request");
        }
        LocalDate approvedOn = LocalDate.ofInstant(now.decidedAt(), LONDON);
        if (s.paidOn().isBefore(approvedOn)) {
            throw new RuleViolation("paidOn", "The day it was paid cannot be before it was approved on " + Display.date(approvedOn));
        }
        records.insertSpend(UUID.randomUUID(), now, pence, s.paidOn(), s.howPaid(), s.receiptReference().strip(), by.id(),
                clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "recorded " + BarrierFundMoney.pounds(pence) + " paid");
        events.publishEvent(new SupportActionRecorded(r.participant(), by.email(), "Barrier fund paid "
                + BarrierFundMoney.pounds(pence) + " for " + r.buys(), TIMELINE_KIND));
    }

    // --- Figures for reporting (step 10) -----------------------------------------------------------------

    /** A programme's fund over a period, in figures only: requests made, approved and refused, approved and spent money, people helped. */
    public record Totals(ProgrammeId programme, LocalDate from, LocalDate to, int requested, int approved, int refused,
                         long approvedPence, int payments, long spentPence, int peopleHelped) {

        public String approvedAmount() {
            return BarrierFundMoney.pounds(approvedPence);
        }

        public String spentAmount() {
            return BarrierFundMoney.pounds(spentPence);
        }
    }

    /** Totals of the programme's fund from one day to another (both included), for its managers and funders. */
    @Transactional(readOnly = true)
    public Totals totals(ProgrammeId programme, LocalDate from, LocalDate to, SignedInUser user) {
        if (!access.scopeOf(user).seesFundTotals(programme.value())) {
            throw new RecordNotFound(FUND_RECORD_TYPE, programme.value());
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("to", "The last day must be on or after the first day");
        }
        var t = records.totals(programme, from, to);
        return new Totals(programme, from, to, t.requested(), t.approved(), t.refused(), t.approvedPence(), t.payments(), t.spentPence(),
                t.people());
    }

    // --- Helpers ------------------------------------------------------------------------------------------

    private List<UUID> managedProgrammes(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        return scope.programmeIds().stream().filter(scope::managesBarrierFund).toList();
    }

    private Programme managed(ProgrammeId programme, SignedInUser user) {
        if (!access.scopeOf(user).managesBarrierFund(programme.value())) {
            throw new RecordNotFound(FUND_RECORD_TYPE, programme.value());
        }
        return programmes.find(programme).orElseThrow(() -> new RecordNotFound(FUND_RECORD_TYPE, programme.value()));
    }

    private RequestRow visibleRequest(UUID id, SignedInUser user) {
        RequestRow r = records.request(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        AccessScope scope = access.scopeOf(user);
        UserId navigatorOfPerson = scope.is(Role.NAVIGATOR) && participants.mayActFor(r.participant(), user) ? user.id() : null;
        if (!scope.seesFundRequest(r.programme().value(), r.requestedBy(), navigatorOfPerson)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return r;
    }

    private List<BarrierFundRequest> views(List<RequestRow> rows, String purpose) {
        Map<ParticipantId, String> names = participants.namesFor(rows.stream().map(RequestRow::participant).distinct().toList(), purpose);
        Map<UserId, String> staff = new HashMap<>();
        return rows.stream().map(r -> new BarrierFundRequest(r.id(), r.fund(), r.programme(), r.participant(),
                names.getOrDefault(r.participant(), "?"), r.action(), r.amountPence(), r.reason(), r.buys(), r.status(), r.requestedBy(),
                staffName(r.requestedBy(), staff), r.requestedAt(), r.decidedBy(), r.decidedBy() == null ? null : staffName(r.decidedBy(), staff),
                r.decidedAt(), r.decisionReason(), r.version(),
                r.spentPence() == null ? null : new BarrierFundRequest.Spend(r.spentPence(), r.paidOn(), r.howPaid(), r.receiptReference())))
                .toList();
    }

    private String staffName(UserId id, Map<UserId, String> known) {
        return known.computeIfAbsent(id, u -> users.find(u).map(UserAccount::displayName).orElse("?"));
    }

    private static BarrierFund view(FundRow f, String programmeName) {
        return new BarrierFund(f.id(), f.programme(), programmeName, f.budgetPence(), f.yearStartsOn(), f.yearEndsOn(), f.approvedPence(),
                f.spentPence(), f.waitingPence(), f.waiting(), f.version());
    }
}
