package org.anchorage.referral;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.EligibilityChecks;
import org.anchorage.eligibility.EligibilityDecision;
import org.anchorage.eligibility.EligibilityInputs;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.organisation.Organisations;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.internal.DuplicateFinder;
import org.anchorage.referral.internal.ReferralRecords;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives referrals and takes them through triage. Every referral gets an eligibility decision on
 * arrival, but nobody is turned away by a machine: an ineligible referral waits for a navigator like
 * any other. Partners see only their own organisation's referrals; a referral anyone may not see is 404.
 */
@Service
public class Referrals {

    public static final String RECORD_TYPE = "referral";
    public static final String PRIVACY_NOTICE_VERSION = "2026-11";
    private static final String REFERENCE_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final ReferralRecords records;
    private final Programmes programmes;
    private final EligibilityChecks eligibility;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AccessPolicy access;
    private final Users users;
    private final Organisations organisations;

    Referrals(AccessPolicy access, Users users, ReferralRecords records, Programmes programmes, EligibilityChecks eligibility, AuditTrail audit,
              ApplicationEventPublisher events, Clock clock, Organisations organisations) {
        this.organisations = organisations;
        this.access = access;
        this.users = users;
        this.records = records;
        this.programmes = programmes;
        this.eligibility = eligibility;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A resident refers themself (no sign-in). */
    @Transactional
    public Referral receiveSelfReferral(NewReferral referral) {
        return receive(referral, "self", null, "self-referral");
    }

    /** A partner (or a navigator) refers someone, with that person's consent recorded. */
    @Transactional
    public Referral receiveFromPartner(NewReferral referral, SignedInUser by) {
        programmes.getVisibleTo(referral.programme(), by);
        if ((referral.sourceDetail() == null || referral.sourceDetail().isBlank()) && by.organisationId() != null) {
            // No team given: the partner organisation itself, so triage never reads "Partner referral:" and nothing.
            String organisation = organisations.find(by.organisationId()).map(o -> o.name()).orElse(null);
            referral = new NewReferral(referral.programme(), referral.givenName(), referral.familyName(), referral.dateOfBirth(),
                    referral.postcode(), referral.email(), referral.phone(), referral.contactPreference(), referral.workInterests(),
                    referral.privacyNoticeVersion(), referral.consentGiven(), organisation, referral.submissionKey(), referral.address());
        }
        return receive(referral, "partner", by, by.email());
    }

    /**
     * Staff refer someone they met at one of the programme's outreach events, with that person's consent recorded
     * (source "event", the event's name as its detail). The caller (outreach) decides who may; the referral is the
     * programme's own, so no partner organisation sees it.
     */
    @Transactional
    public Referral receiveFromEvent(NewReferral referral, SignedInUser by) {
        programmes.getVisibleTo(referral.programme(), by);
        return receive(referral, "event", by, by.email());
    }

    private Referral receive(NewReferral n, String source, SignedInUser by, String actor) {
        boolean self = source.equals("self");
        if (n.submissionKey() != null) {
            Optional<Referral> already = records.findBySubmissionKey(n.submissionKey());
            if (already.isPresent()) {
                return already.get(); // the same form sent twice: one referral
            }
        }
        Programme programme = programmes.get(n.programme());
        if (programme.status() != ProgrammeStatus.OPEN) {
            throw new RuleViolation("programmeId", programme.name() + " is " + programme.status().label().toLowerCase()
                    + " and is not taking referrals");
        }
        if (!n.consentGiven()) {
            throw new RuleViolation("consent", "The person must agree to the privacy notice before they are referred");
        }
        LocalDate today = LocalDate.now(clock);
        if (n.dateOfBirth().isAfter(today)) {
            throw new RuleViolation("dateOfBirth", "Date of birth must be in the past");
        }
        if (n.dateOfBirth().isAfter(today.minusYears(14))) {
            throw new RuleViolation("dateOfBirth", "The person must be at least 14 years old");
        }
        if (!eligibility.isPostcode(n.postcode())) {
            throw new RuleViolation("postcode", "Enter a real UK postcode, like RM18 7AG");
        }
        var addressProblem = n.address().problems(n.contactPreference()).entrySet().stream().findFirst();
        if (addressProblem.isPresent()) {
            throw new RuleViolation("address." + addressProblem.get().getKey(), addressProblem.get().getValue());
        }
        EligibilityDecision decision = eligibility.decideOnArrival(programme.id(),
                new EligibilityInputs(n.postcode(), n.dateOfBirth(), null, null), actor);
        Referral.EligibilitySummary summary = new Referral.EligibilitySummary(decision.eligible(), decision.decile(),
                decision.edition().code(), decision.area() == null ? null : decision.area().lsoaCode(),
                decision.area() == null ? null : decision.area().lsoaName(),
                decision.reasons().stream().map(r -> new Referral.EligibilitySummary.Reason(r.code(), r.message(), r.met())).toList());
        Referral referral = new Referral(new ReferralId(UUID.randomUUID()), newReference(), programme.id(), source,
                n.sourceDetail(), by == null || source.equals("event") ? null : by.organisationId(), n.givenName().strip(), n.familyName().strip(),
                n.dateOfBirth(), decision.area() == null ? n.postcode().strip().toUpperCase() : decision.area().postcode(),
                n.address(), blankToNull(n.email()), blankToNull(n.phone()), n.contactPreference(), n.workInterests(),
                n.privacyNoticeVersion(), clock.instant(), decision.eligible(), summary, ReferralStatus.RECEIVED, null,
                null, null, clock.instant(), null, null, 0);
        records.insert(referral, source, by == null ? null : by.id(), n.submissionKey());
        records.event(referral.id(), clock.instant(), actor, "received",
                (self ? "Referred themself" : source.equals("event") ? "Referred at an outreach event: " + n.sourceDetail() : "Referred by a partner") + "; privacy notice " + n.privacyNoticeVersion()
                        + " agreed; " + (decision.eligible() ? "meets the programme's rules" : "does not meet every rule: a navigator will review"));
        audit.recordAs(actor, AuditAction.CREATE, RECORD_TYPE, referral.id(), "referral " + referral.reference());
        var area = decision.area();
        events.publishEvent(new ReferralReceived(referral.id(), programme.id(), source, decision.eligible(), today,
                area == null ? null : area.lsoaCode(), area == null ? null : area.localAuthorityCode(),
                area == null ? null : area.wardCode(), decision.decile()));
        return referral;
    }

    /** Whether this user may open the referral (for where to send them after a decision). */
    @Transactional(readOnly = true)
    public boolean mayOpen(ReferralId id, SignedInUser user) {
        return records.find(id).map(r -> mayView(r, user)).orElse(false);
    }

    /** One referral, for someone allowed to see it (audited as a read); 404 for anyone else. */
    @Transactional
    public Referral open(ReferralId id, SignedInUser user) {
        Referral referral = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        if (!mayView(referral, user)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed referral " + referral.reference());
        return referral;
    }

    /** For the participant module: the referral behind a participant, without a caller's scope. */
    @Transactional(readOnly = true)
    public Referral get(ReferralId id) {
        return records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    @Transactional
    public List<Referral> ofMyOrganisation(SignedInUser partner) {
        List<Referral> mine = records.forPartner(partner.organisationId());
        audit.recordShown(RECORD_TYPE, mine.stream().map(Referral::id).toList(), "listed referrals of their organisation");
        return mine;
    }

    /** Referrals waiting for triage in the programmes a navigator or manager works on, oldest first. */
    @Transactional
    public List<Referral> waiting(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        if (!scope.is(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)) {
            return List.of();
        }
        List<ProgrammeId> mine = scope.programmeIds().stream().map(ProgrammeId::new).toList();
        List<Referral> waiting = mine.isEmpty() ? List.of() : records.waiting(mine);
        audit.recordShown(RECORD_TYPE, waiting.stream().map(Referral::id).toList(), "opened the triage queue");
        return waiting;
    }

    /** Referrals that look like the same person, each with why. */
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(Referral referral) {
        return records.sameBirthday(referral.dateOfBirth(), referral.id()).stream()
                .map(other -> new PossibleDuplicate(other, DuplicateFinder.reasons(referral, other)))
                .filter(d -> !d.reasons().isEmpty())
                .toList();
    }

    public record PossibleDuplicate(Referral referral, List<String> reasons) {}

    @Transactional(readOnly = true)
    public List<ReferralEvent> history(ReferralId id) {
        return records.history(id);
    }

    /**
     * Accepts the referral; the participant module enrols the person in this transaction. Says which record
     * was made, and whether the one accepting may open it (not when it went to another navigator's caseload).
     */
    @Transactional
    public Accepted accept(ReferralId id, int version, UserId navigator, SignedInUser by) {
        Referral referral = triageable(id, by);
        allocatable(navigator, referral);
        move(referral, version, ReferralStatus.ACCEPTED, null, navigator, null, by);
        UUID participant = UUID.randomUUID();
        events.publishEvent(new ReferralAccepted(referral.id(), referral.programme(), navigator, by.email(), participant));
        return new Accepted(participant, access.scopeOf(by).actsFor(referral.programme().value(), navigator));
    }

    public record Accepted(UUID participant, boolean mayOpenRecord) {}

    @Transactional
    public void decline(ReferralId id, int version, String reason, SignedInUser by) {
        move(triageable(id, by), version, ReferralStatus.DECLINED, required(reason, "reason", "Give the reason for declining"), null, null, by);
    }

    @Transactional
    public void signpost(ReferralId id, int version, String where, SignedInUser by) {
        move(triageable(id, by), version, ReferralStatus.SIGNPOSTED,
                required(where, "reason", "Say where the person was signposted to"), null, null, by);
    }

    @Transactional
    public void allocate(ReferralId id, int version, UserId navigator, SignedInUser by) {
        Referral referral = triageable(id, by);
        allocatable(navigator, referral);
        if (!records.allocate(referral.id(), version, navigator, clock.instant())) {
            throw changedMeanwhile();
        }
        records.event(referral.id(), clock.instant(), by.email(), "allocated", "Allocated to a navigator");
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "allocated");
    }

    /** Marks {@code duplicate} as the same person as {@code into}; both histories stay, shown together. */
    @Transactional
    public void merge(ReferralId duplicate, int version, ReferralId into, SignedInUser by) {
        Referral dup = triageable(duplicate, by);
        Referral target = records.find(into).filter(r -> mayView(r, by))
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, into));
        if (target.id().equals(dup.id()) || target.status() == ReferralStatus.MERGED) {
            throw new RuleViolation("into", "Choose another referral of the same person to merge into");
        }
        move(dup, version, ReferralStatus.MERGED, "Same person as referral " + target.reference(), null, target.id(), by);
        records.event(target.id(), clock.instant(), by.email(), "merged",
                "Referral " + dup.reference() + " (" + (dup.selfReferral() ? "self-referral" : "partner referral")
                        + ") was the same person and was merged into this one");
    }

    private void move(Referral referral, int version, ReferralStatus status, String reason, UserId navigator,
                      ReferralId mergedInto, SignedInUser by) {
        if (!records.decide(referral.id(), version, status, reason, navigator, mergedInto, by.email(), clock.instant())) {
            throw changedMeanwhile();
        }
        records.event(referral.id(), clock.instant(), by.email(), status.code(),
                status.label() + (reason == null ? "" : ": " + reason));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, referral.id(), status.code());
        events.publishEvent(new ReferralDecided(referral.id(), referral.programme(), referral.reference(), status, reason,
                records.referredBy(referral.id()).orElse(null)));
    }

    /** Only an enabled navigator of an organisation taking part in the programme can be given the person. */
    private void allocatable(UserId navigator, Referral referral) {
        if (navigator == null) {
            throw new RuleViolation("navigatorId", "Choose the navigator who will work with this person");
        }
        boolean allowed = users.find(navigator)
                .map(a -> access.mayBeAllocated(a.role(), a.enabled(), a.organisationId(), referral.programme().value()))
                .orElse(false);
        if (!allowed) {
            throw new RuleViolation("navigatorId", "Choose a navigator of an organisation taking part in this programme");
        }
    }

    private Referral triageable(ReferralId id, SignedInUser by) {
        Referral referral = records.find(id).filter(r -> access.scopeOf(by).triages(r.programme().value()))
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        if (referral.status() != ReferralStatus.RECEIVED) {
            throw new RuleViolation("status", "This referral has already been " + referral.status().label().toLowerCase());
        }
        return referral;
    }

    private boolean mayView(Referral referral, SignedInUser user) {
        return access.scopeOf(user).seesReferral(referral.programme().value(), referral.partnerOrganisation(),
                referral.status() == ReferralStatus.ACCEPTED, referral.navigator());
    }

    private static RuleViolation changedMeanwhile() {
        return new RuleViolation("version", "Someone else changed this referral while you were looking at it. "
                + "Reload the page to see what they did.");
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, message);
        }
        if (value.length() > 1000) {
            throw new RuleViolation(field, "Keep it to 1000 characters or fewer");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String newReference() {
        StringBuilder reference = new StringBuilder("ANC-");
        for (int i = 0; i < 6; i++) {
            reference.append(REFERENCE_LETTERS.charAt(random.nextInt(REFERENCE_LETTERS.length())));
        }
        return reference.toString();
    }
}
