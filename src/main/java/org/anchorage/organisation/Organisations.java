package org.anchorage.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.organisation.internal.OrganisationRecords;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, renames and finds organisations. Names are unique regardless of case. */
@Service
public class Organisations {

    public static final String RECORD_TYPE = "organisation";

    private final OrganisationRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    Organisations(OrganisationRecords records, AuditTrail audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organisation add(String name, OrganisationType type) {
        String trimmed = name.strip();
        if (records.nameTaken(trimmed, null)) {
            throw new RuleViolation("name", "An organisation called " + trimmed + " already exists");
        }
        Organisation organisation = new Organisation(new OrganisationId(UUID.randomUUID()), trimmed, type, clock.instant());
        records.insert(organisation);
        audit.record(AuditAction.CREATE, RECORD_TYPE, organisation.id(), "added " + type.code() + " " + trimmed);
        return organisation;
    }

    @Transactional
    public Organisation change(OrganisationId id, String name, OrganisationType type) {
        Organisation existing = get(id);
        String trimmed = name.strip();
        if (records.nameTaken(trimmed, id)) {
            throw new RuleViolation("name", "An organisation called " + trimmed + " already exists");
        }
        Organisation changed = new Organisation(id, trimmed, type, existing.createdAt());
        records.update(changed);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "now " + type.code() + " " + trimmed);
        return changed;
    }

    @Transactional(readOnly = true)
    public Organisation get(OrganisationId id) {
        return records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(OrganisationId id) {
        return records.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> findByName(String name) {
        return records.findByName(name);
    }

    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return records.all();
    }
}
