package org.anchorage.placement;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.AreaProfile;
import org.anchorage.eligibility.Areas;
import org.anchorage.eligibility.NotAPostcode;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.placement.internal.PlacementRecords;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An employer's own sites (located from the shipped postcode data) and host supervisors. */
@Service
public class Employers {

    private final PlacementRecords records;
    private final Areas areas;
    private final AuditTrail audit;
    private final Clock clock;

    Employers(PlacementRecords records, Areas areas, AuditTrail audit, Clock clock) {
        this.records = records;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Site addSite(String name, String address, String postcode, SignedInUser by) {
        OrganisationId org = employerOf(by);
        String n = Text.required(name, "name", "Enter the site's name", 200);
        String a = Text.required(address, "address", "Enter the site's address", 500);
        if (postcode == null || postcode.isBlank()) {
            throw new RuleViolation("postcode", "Enter the site's postcode");
        }
        AreaProfile area;
        try {
            area = areas.lookUp(postcode);
        } catch (NotAPostcode e) {
            throw new RuleViolation("postcode", "Enter a real postcode, like SS0 0RY");
        } catch (RecordNotFound e) {
            throw new RuleViolation("postcode", "The postcode " + postcode.strip().toUpperCase()
                    + " was not found in the postcode data (English postcodes up to August 2024). Check it, or use the nearest one.");
        }
        if (records.siteNameTaken(org, n)) {
            throw new RuleViolation("name", "You already have a site called " + n);
        }
        Site site = new Site(UUID.randomUUID(), org, n, a, area.facts().postcode(), area.latitude(), area.longitude(),
                area.facts().localAuthorityCode());
        records.insertSite(site, clock.instant(), by.email());
        audit.record(AuditAction.CREATE, "placement-site", site.id(), "added site " + n);
        return site;
    }

    @Transactional(readOnly = true)
    public List<Site> sites(SignedInUser user) {
        return records.sites(employerOf(user));
    }

    @Transactional
    public Supervisor addSupervisor(String name, String jobTitle, String email, String phone, SignedInUser by) {
        OrganisationId org = employerOf(by);
        String mail = Text.required(email, "email", "Enter the supervisor's work email address", 254);
        if (!mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolation("email", "Enter an email address like name@example.nhs.uk");
        }
        Supervisor s = new Supervisor(UUID.randomUUID(), org, Text.required(name, "supervisorName", "Enter the supervisor's name", 200),
                Text.optional(jobTitle, "jobTitle", 200), mail, Text.optional(phone, "phone", 30));
        records.insertSupervisor(s, clock.instant());
        audit.record(AuditAction.CREATE, "placement-supervisor", s.id(), "added host supervisor");
        return s;
    }

    @Transactional(readOnly = true)
    public List<Supervisor> supervisors(SignedInUser user) {
        return records.supervisors(employerOf(user));
    }

    /** Employers manage only their own organisation's sites and supervisors. */
    static OrganisationId employerOf(SignedInUser user) {
        if (!user.has(Role.EMPLOYER)) {
            throw new RecordNotFound("employer", user.organisationId());
        }
        return user.organisationId();
    }
}
