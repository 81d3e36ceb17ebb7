package org.anchorage.safeguarding;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.safeguarding.internal.SafeguardingRecords;
import org.anchorage.safeguarding.internal.SafeguardingRecords.DesignationRow;
import org.anchorage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each programme's designated safeguarding lead (one) and deputies (any number): a designation on users,
 * not a role, set by a manager of the programme. Changes are audited and ended designations kept as history.
 */
@Service
public class Designations {

    public static final String RECORD_TYPE = "programme-safeguarding";

    private final SafeguardingRecords records;
    private final Programmes programmes;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    Designations(SafeguardingRecords records, Programmes programmes, Users users, AuditTrail audit, Clock clock) {
        this.records = records;
        this.programmes = programmes;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who holds the designations now, who held them, and who could; 404 unless the user manages the programme. */
    public record View(Programme programme, Designation lead, List<Designation> deputies, List<Designation> history,
                       List<UserAccount> candidates, boolean mayChange) {}

    @Transactional
    public View view(ProgrammeId programme, SignedInUser user) {
        Programme p = programmes.getManagedBy(programme, user);
        List<Designation> all = records.designations(p.id().value()).stream().map(this::designation).toList();
        List<UserAccount> candidates = users.list().stream().filter(u -> mayBeDesignated(p, u))
                .sorted(Comparator.comparing(UserAccount::displayName)).toList();
        audit.record(AuditAction.READ, RECORD_TYPE, p.id().value(), "viewed the safeguarding lead and deputies");
        return new View(p, all.stream().filter(d -> d.current() && d.lead()).findFirst().orElse(null),
                all.stream().filter(d -> d.current() && !d.lead()).toList(), all.stream().filter(d -> !d.current()).toList(),
                candidates, programmes.decidesWhoTakesPart(p.id(), user));
    }

    /** Makes the user the programme's lead; the previous lead's designation ends (kept as history). */
    @Transactional
    public void appointLead(ProgrammeId programme, UserId user, SignedInUser by) {
        Programme p = decidedBy(programme, by);
        UserAccount chosen = designatable(p, user);
        Instant now = clock.instant();
        var lead = records.lead(p.id().value());
        if (lead.isPresent() && lead.get().user().equals(chosen.id().value())) {
            return;
        }
        lead.ifPresent(d -> records.end(d.id(), now, by.id().value()));
        records.current(p.id().value(), chosen.id().value()).ifPresent(d -> records.end(d.id(), now, by.id().value()));
        records.designate(p.id().value(), chosen.id().value(), "lead", now, by.id().value());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, p.id().value(), "designated user " + chosen.id().value() + " safeguarding lead");
    }

    @Transactional
    public void addDeputy(ProgrammeId programme, UserId user, SignedInUser by) {
        Programme p = decidedBy(programme, by);
        UserAccount chosen = designatable(p, user);
        if (records.current(p.id().value(), chosen.id().value()).isPresent()) {
            throw new RuleViolation("deputy", chosen.displayName() + " is already the lead or a deputy");
        }
        records.designate(p.id().value(), chosen.id().value(), "deputy", clock.instant(), by.id().value());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, p.id().value(), "designated user " + chosen.id().value() + " safeguarding deputy");
    }

    /** Ends the user's designation (lead or deputy); with no lead, concerns wait for the programme's managers. */
    @Transactional
    public void end(ProgrammeId programme, UserId user, SignedInUser by) {
        Programme p = decidedBy(programme, by);
        DesignationRow current = user == null ? null : records.current(p.id().value(), user.value()).orElse(null);
        if (current == null) {
            throw new RuleViolation("user", "Choose someone who is the lead or a deputy now");
        }
        records.end(current.id(), clock.instant(), by.id().value());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, p.id().value(), "ended the safeguarding " + current.kind() + " designation of user "
                + user.value());
    }

    /**
     * Who reads every concern is a governance decision, so it is made by whoever decides which organisations take
     * part (an administrator, or a manager of the lead organisation), never by any manager of a taking-part
     * organisation, who could otherwise make themselves a deputy. Other managers see the page but cannot change it.
     */
    private Programme decidedBy(ProgrammeId programme, SignedInUser by) {
        Programme p = programmes.getManagedBy(programme, by);
        if (!programmes.decidesWhoTakesPart(p.id(), by)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only an administrator or a manager of the lead organisation names the safeguarding lead and deputies");
        }
        return p;
    }

    private UserAccount designatable(Programme p, UserId user) {
        return (user == null ? java.util.Optional.<UserAccount>empty() : users.find(user)).filter(u -> mayBeDesignated(p, u))
                .orElseThrow(() -> new RuleViolation("user", "Choose a member of staff of an organisation taking part"));
    }

    private static boolean mayBeDesignated(Programme p, UserAccount u) {
        return AccessScope.mayBeDesignated(u.role(), u.enabled(), p.organisations().contains(u.organisationId()));
    }

    private Designation designation(DesignationRow d) {
        return new Designation(new UserId(d.user()), name(d.user()), d.kind(), d.designatedAt(), name(d.designatedBy()), d.endedAt(),
                d.endedBy() == null ? null : name(d.endedBy()));
    }

    private String name(UUID user) {
        return users.find(new UserId(user)).map(UserAccount::displayName).orElse("");
    }

    /**
     * The users who hold the programme's designations now, the lead first and then the deputies (by when they were
     * designated), for telling them of a new concern the moment it is raised: there is no signed-in caller to check,
     * as the message follows the concern's own raising. Empty while the programme has no lead or deputy (its
     * managers then see the concern on their worklist). Who holds them is read, so the read is audited.
     */
    @Transactional
    public List<UserId> currentHolders(ProgrammeId programme) {
        List<UserId> holders = records.currentDesignations(programme.value()).stream().map(d -> new UserId(d.user())).toList();
        audit.recordAs("Anchorage", AuditAction.READ, RECORD_TYPE, programme.value(),
                "read the safeguarding lead and deputies to tell them of a new concern");
        return holders;
    }

    /** Sets a programme's lead without a signed-in manager, for the demo data. */
    @Transactional
    public void designateForDemo(ProgrammeId programme, UserId user, String kind, UserId by) {
        records.designate(programme.value(), user.value(), kind, clock.instant(), by.value());
    }
}
