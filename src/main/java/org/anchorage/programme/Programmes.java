package org.anchorage.programme;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.Organisations;
import org.anchorage.programme.internal.ProgrammeRecords;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and changes programmes. Who may see or change one is the access policy's rule
 * ({@link AccessScope#seesProgramme}, {@link AccessScope#managesProgramme},
 * {@link AccessScope#decidesWhoTakesPart}); a programme the caller may not see is "not found".
 */
@Service
public class Programmes {

    public static final String RECORD_TYPE = "programme";

    private final ProgrammeRecords records;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessPolicy access;

    Programmes(ProgrammeRecords records, Organisations organisations, AuditTrail audit, Clock clock, AccessPolicy access) {
        this.access = access;
        this.records = records;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a programme for a signed-in administrator or programme manager. A manager's organisation
     * leads it and takes part in it, so the manager can go on to run it.
     */
    @Transactional
    public Programme add(ProgrammeDetails details, EligibilityRules rules, SignedInUser by) {
        if (!by.has(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER)) {
            throw new RuleViolation("organisationIds", "Only an administrator or a programme manager adds programmes");
        }
        OrganisationId lead = by.has(Role.PROGRAMME_MANAGER) ? by.organisationId() : null;
        if (lead != null && !details.organisations().contains(lead)) {
            var members = new java.util.HashSet<>(details.organisations());
            members.add(lead);
            details = new ProgrammeDetails(details.name(), details.status(), details.startsOn(), details.endsOn(),
                    details.description(), Set.copyOf(members), details.contact());
        }
        Programme programme = add(details, rules, by.email());
        if (lead != null) {
            records.lead(programme.id(), lead);
        }
        return programme;
    }

    /** Adds a programme and, when given, its first eligibility rules, together or not at all. */
    @Transactional
    public Programme add(ProgrammeDetails details, EligibilityRules rules, String changedBy) {
        check(details, null);
        if (rules != null) {
            EligibilityRulesCheck.check(rules);
        }
        Programme programme = new Programme(new ProgrammeId(UUID.randomUUID()), details.name().strip(), details.status(),
                details.startsOn(), details.endsOn(), description(details), details.organisations(), contact(details));
        records.insert(programme, clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, programme.id(), "added programme " + programme.name());
        if (rules != null) {
            records.addRulesVersion(programme.id(), rules, changedBy, clock.instant());
        }
        return programme;
    }

    /** Makes an organisation the lead of a programme (an administrator's decision, or the demo's). */
    @Transactional
    public void lead(ProgrammeId id, OrganisationId organisation) {
        get(id);
        records.lead(id, organisation);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "lead organisation " + organisation);
    }

    /**
     * Changes a programme's details. Only its managers (or an administrator) change it, and only an
     * administrator or the lead organisation's manager changes which organisations take part.
     */
    @Transactional
    public Programme change(ProgrammeId id, ProgrammeDetails details, SignedInUser by) {
        Programme before = getManagedBy(id, by);
        if (!before.organisations().equals(details.organisations())
                && !access.scopeOf(by).decidesWhoTakesPart(id.value())) {
            throw new RuleViolation("organisationIds", "Only an administrator or a manager of the lead organisation "
                    + "changes which organisations take part");
        }
        check(details, id);
        Programme after = new Programme(id, details.name().strip(), details.status(), details.startsOn(),
                details.endsOn(), description(details), details.organisations(), contact(details));
        records.update(after);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "status " + before.status().code() + " -> " + after.status().code());
        return after;
    }

    /** Sets new eligibility rules, keeping every earlier version with who set it and when. */
    @Transactional
    public EligibilityRulesVersion changeEligibility(ProgrammeId id, EligibilityRules rules, SignedInUser by) {
        getManagedBy(id, by);
        EligibilityRulesCheck.check(rules);
        EligibilityRulesVersion saved = records.addRulesVersion(id, rules, by.email(), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "eligibility rules version " + saved.version());
        return saved;
    }

    /** The rules in force; a programme that never set any has no limits. */
    @Transactional(readOnly = true)
    public EligibilityRules eligibilityRules(ProgrammeId id) {
        return records.currentRules(id).map(EligibilityRulesVersion::rules).orElse(EligibilityRules.none());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<EligibilityRulesVersion> currentEligibility(ProgrammeId id) {
        return records.currentRules(id);
    }

    @Transactional(readOnly = true)
    public List<EligibilityRulesVersion> eligibilityHistory(ProgrammeId id) {
        return records.rulesHistory(id);
    }

    @Transactional(readOnly = true)
    public Programme get(ProgrammeId id) {
        return records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    /** A programme the user may see; 404 for one they may not, so its existence is not revealed. */
    @Transactional(readOnly = true)
    public Programme getVisibleTo(ProgrammeId id, SignedInUser user) {
        Programme programme = get(id);
        if (!access.scopeOf(user).seesProgramme(id.value())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return programme;
    }

    /** A programme the user manages (administrator, or a manager taking part); "not found" otherwise. */
    @Transactional(readOnly = true)
    public Programme getManagedBy(ProgrammeId id, SignedInUser user) {
        Programme programme = get(id);
        if (!access.scopeOf(user).managesProgramme(id.value())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return programme;
    }

    /** Whether the user may change who takes part in the programme (for the page to offer it or not). */
    @Transactional(readOnly = true)
    public boolean decidesWhoTakesPart(ProgrammeId id, SignedInUser user) {
        return access.scopeOf(user).decidesWhoTakesPart(id.value());
    }

    /** The programmes the user may see, filtered in SQL by their organisation's memberships. */
    @Transactional(readOnly = true)
    public List<Programme> visibleTo(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        return scope.is(Role.ADMINISTRATOR) ? records.all() : records.takingPart(scope.organisation());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Programme> find(ProgrammeId id) {
        return records.find(id);
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return records.all();
    }

    private void check(ProgrammeDetails details, ProgrammeId except) {
        if (records.nameTaken(details.name().strip(), except)) {
            throw new RuleViolation("name", "A programme called " + details.name().strip() + " already exists");
        }
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new RuleViolation("endsOn", "The end date must be the same as or after the start date");
        }
        for (OrganisationId organisation : details.organisations()) {
            if (organisations.find(organisation).isEmpty()) {
                throw new RuleViolation("organisationIds", "Organisation " + organisation + " does not exist");
            }
        }
    }

    /** Contact details trimmed, each within its column's limit (the form says so before this refuses). */
    private static ProgrammeContact contact(ProgrammeDetails details) {
        ProgrammeContact c = details.contact() == null ? ProgrammeContact.NONE : details.contact();
        String email = c.email() == null ? "" : c.email().strip();
        String phone = c.phone() == null ? "" : c.phone().strip();
        String hours = c.openingHours() == null ? "" : c.openingHours().strip();
        if (email.length() > 254 || (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new RuleViolation("contactEmail", "Enter the team's email address, like team@example.nhs.uk");
        }
        if (phone.length() > 30 || (!phone.isEmpty() && !phone.matches("[0-9 +()-]{6,30}"))) {
            throw new RuleViolation("contactPhone", "Enter the team's phone number, like 01632 960 001");
        }
        if (hours.length() > 200) {
            throw new RuleViolation("contactHours", "Opening hours must be 200 characters or fewer");
        }
        return new ProgrammeContact(email, phone, hours);
    }

    private static String description(ProgrammeDetails details) {
        return details.description() == null ? "" : details.description().strip();
    }
}
