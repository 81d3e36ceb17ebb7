package org.anchorage.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.internal.AreaLookup;
import org.anchorage.eligibility.internal.CheckRecords;
import org.anchorage.eligibility.internal.DecisionRules;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EligibilityRulesVersion;
import org.anchorage.programme.Programme;
import org.anchorage.programme.Programmes;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides whether one person is eligible for a programme, and records the decision with its reasons. */
@Service
public class EligibilityChecks {

    public static final String RECORD_TYPE = "eligibility-check";

    private final Programmes programmes;
    private final AreaLookup areas;
    private final CheckRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessPolicy access;

    EligibilityChecks(AccessPolicy access, Programmes programmes, AreaLookup areas, CheckRecords records, AuditTrail audit, Clock clock) {
        this.access = access;
        this.programmes = programmes;
        this.areas = areas;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The programme, for someone who checks eligibility against it: a manager, navigator or partner
     * (or administrator) of an organisation taking part. "Not found" for anyone else.
     */
    @Transactional(readOnly = true)
    public Programme programmeFor(ProgrammeId programmeId, SignedInUser by) {
        Programme programme = programmes.get(programmeId);
        if (!access.scopeOf(by).checksEligibilityFor(programme.id().value())) {
            throw new RecordNotFound(Programmes.RECORD_TYPE, programmeId);
        }
        return programme;
    }

    /** The programmes the user checks eligibility against (those their organisation takes part in). */
    @Transactional(readOnly = true)
    public java.util.List<Programme> programmesFor(SignedInUser by) {
        var scope = access.scopeOf(by);
        return programmes.visibleTo(by).stream().filter(p -> scope.checksEligibilityFor(p.id().value())).toList();
    }

    @Transactional
    public EligibilityDecision check(ProgrammeId programmeId, EligibilityInputs inputs, SignedInUser by) {
        Programme programme = programmeFor(programmeId, by);
        validate(inputs);
        EligibilityRulesVersion current = programmes.currentEligibility(programme.id()).orElse(null);
        EligibilityRules rules = current == null ? EligibilityRules.none() : current.rules();
        EligibilityDecision decision = DecisionRules.decide(rules, current == null ? 0 : current.version(), inputs,
                areas.find(inputs.postcode()), LocalDate.now(clock), clock.instant());
        var id = records.insert(programme.id(), decision, by.email(), areas.dataRelease());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, (decision.eligible() ? "eligible" : "not eligible") + " for " + programme.name());
        return decision;
    }

    /**
     * The decision made when a referral arrives, for a programme the caller has already checked is
     * open to them (a self-referral has no signed-in user). Recorded like any other check.
     */
    @Transactional
    public EligibilityDecision decideOnArrival(ProgrammeId programmeId, EligibilityInputs inputs, String by) {
        Programme programme = programmes.get(programmeId);
        validate(inputs);
        EligibilityRulesVersion current = programmes.currentEligibility(programme.id()).orElse(null);
        EligibilityRules rules = current == null ? EligibilityRules.none() : current.rules();
        EligibilityDecision decision = DecisionRules.decide(rules, current == null ? 0 : current.version(), inputs,
                areas.find(inputs.postcode()), LocalDate.now(clock), clock.instant());
        records.insert(programme.id(), decision, by, areas.dataRelease());
        return decision;
    }

    /**
     * Whether a home at this postcode is in the programme's area, by its place rules alone (the decile, local
     * authorities, target neighbourhoods and places; nothing about a person), for the public "Can I join?" check.
     * Stores and audits nothing, as no one is named. Empty when the postcode is not in England's postcode data.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Boolean> areaQualifies(ProgrammeId programmeId, String postcode) {
        java.util.Optional<AreaFacts> area = areas.find(postcode);
        if (area.isEmpty()) {
            return java.util.Optional.empty();
        }
        EligibilityRules all = programmes.currentEligibility(programmeId).map(EligibilityRulesVersion::rules)
                .orElse(EligibilityRules.none());
        // The place rules alone: age, employment and right to work are for the conversation that follows.
        EligibilityRules rules = new EligibilityRules(all.imdEdition(), all.maxDecile(), all.localAuthorityCodes(), all.targetLsoaCodes(),
                all.targetPlaces(), null, null, null, null);
        EligibilityDecision decision = DecisionRules.decide(rules, 0, new EligibilityInputs(postcode, null, null, null), area,
                LocalDate.now(clock), clock.instant());
        return java.util.Optional.of(decision.reasons().stream().filter(r -> r.code().startsWith("area."))
                .allMatch(EligibilityReason::met));
    }

    /** Whether the text has the shape of a UK postcode. */
    public boolean isPostcode(String text) {
        return areas.isPostcode(text);
    }

    /** The area data release in force, for pages and decisions. */
    public String dataRelease() {
        return areas.dataRelease();
    }

    private void validate(EligibilityInputs inputs) {
        if (inputs.postcode() == null || !areas.isPostcode(inputs.postcode())) {
            throw new RuleViolation("postcode", "Enter a real UK postcode, like RM18 7AG");
        }
        if (inputs.dateOfBirth() == null) {
            throw new RuleViolation("dateOfBirth", "Enter a date of birth");
        }
        if (inputs.dateOfBirth().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("dateOfBirth", "Date of birth must be in the past");
        }
        if (inputs.dateOfBirth().isBefore(LocalDate.now(clock).minusYears(120))) {
            throw new RuleViolation("dateOfBirth", "Date of birth must be within the last 120 years");
        }
    }
}
