package org.anchorage.programme;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
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
 * Adds and changes programmes, and decides who may see one: administrators and programme managers
 * see all; everyone else only the programmes their organisation takes part in.
 */
@Service
public class Programmes {

    public static final String RECORD_TYPE = "programme";

    private final ProgrammeRecords records;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    Programmes(ProgrammeRecords records, Organisations organisations, AuditTrail audit, Clock clock) {
        this.records = records;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Programme add(ProgrammeDetails details) {
        return add(details, null, null);
    }

    /** Adds a programme and, when given, its first eligibility rules, together or not at all. */
    @Transactional
    public Programme add(ProgrammeDetails details, EligibilityRules rules, String changedBy) {
        check(details, null);
        if (rules != null) {
            EligibilityRulesCheck.check(rules);
        }
        Programme programme = new Programme(new ProgrammeId(UUID.randomUUID()), details.name().strip(), details.status(),
                details.startsOn(), details.endsOn(), description(details), details.organisations());
        records.insert(programme, clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, programme.id(), "added programme " + programme.name());
        if (rules != null) {
            records.addRulesVersion(programme.id(), rules, changedBy, clock.instant());
        }
        return programme;
    }

    @Transactional
    public Programme change(ProgrammeId id, ProgrammeDetails details) {
        Programme before = get(id);
        check(details, id);
        Programme after = new Programme(id, details.name().strip(), details.status(), details.startsOn(),
                details.endsOn(), description(details), details.organisations());
        records.update(after);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "status " + before.status().code() + " -> " + after.status().code());
        return after;
    }

    /** Sets new eligibility rules, keeping every earlier version with who set it and when. */
    @Transactional
    public EligibilityRulesVersion changeEligibility(ProgrammeId id, EligibilityRules rules, String changedBy) {
        get(id);
        EligibilityRulesCheck.check(rules);
        EligibilityRulesVersion saved = records.addRulesVersion(id, rules, changedBy, clock.instant());
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
        if (!mayView(programme, user)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return programme;
    }

    @Transactional(readOnly = true)
    public List<Programme> visibleTo(SignedInUser user) {
        return records.all().stream().filter(p -> mayView(p, user)).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Programme> find(ProgrammeId id) {
        return records.find(id);
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return records.all();
    }

    public static boolean mayView(Programme programme, SignedInUser user) {
        return user.has(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER) || programme.organisations().contains(user.organisationId());
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

    private static String description(ProgrammeDetails details) {
        return details.description() == null ? "" : details.description().strip();
    }
}
