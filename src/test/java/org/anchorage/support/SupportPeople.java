package org.anchorage.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.Users;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.springframework.context.ApplicationContext;

/**
 * People and programmes of the support tests' own, made through the facades, so what the tests spend or
 * close never touches the demo records: a programme the demo organisations take part in, a person on the
 * demo navigator's caseload assessed with the barriers given, and extra staff.
 */
final class SupportPeople {

    private final Users users;
    private final Programmes programmes;
    private final Referrals referrals;
    private final Participants participants;
    private final Plans plans;

    SupportPeople(ApplicationContext context) {
        users = context.getBean(Users.class);
        programmes = context.getBean(Programmes.class);
        referrals = context.getBean(Referrals.class);
        participants = context.getBean(Participants.class);
        plans = context.getBean(Plans.class);
    }

    SignedInUser demo(Role role) {
        var a = users.findByEmail(role.code() + "@demo.anchorage.local").orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    /** Another user of the demo navigator's organisation, in the role given. */
    SignedInUser colleague(Role role) {
        OrganisationId organisation = demo(Role.NAVIGATOR).organisationId();
        var a = users.create(new NewUser(role.code() + "." + UUID.randomUUID() + "@support.test", "Support test " + role.label(), role,
                organisation, "support-test-password-2026"));
        return new SignedInUser(a.id(), a.email(), a.displayName(), role, organisation, true, null);
    }

    /** A programme of its own that the demo organisations take part in. */
    Programme programme() {
        Set<OrganisationId> demoOrganisations = Set.copyOf(programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
        return programmes.add(new ProgrammeDetails("Support test " + UUID.randomUUID(), ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "Made by the support tests", demoOrganisations), null, demo(Role.ADMINISTRATOR));
    }

    /** A person in the programme on the navigator's caseload, born on the day given, assessed with these barriers. */
    ParticipantId person(Programme programme, String given, LocalDate born, SignedInUser navigator, String... barriers) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(programme.id(), given, "Supported", born, "RM18 7AG", null,
                "07700 900123", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        ParticipantId id = participants.forReferral(r.id()).orElseThrow();
        if (barriers.length > 0) {
            plans.assess(id, new Assessment(null, null, null, "Cared for a relative", List.of(barriers), List.of("nursing-support"), 30,
                    List.of("weekday-days", "nights"), "", "", plans.scales().getFirst().id(), List.of(6, 6, 6, 4)), navigator);
        }
        return id;
    }

    ParticipantId person(Programme programme, String given, String... barriers) {
        return person(programme, given, LocalDate.of(1995, 5, 5), demo(Role.NAVIGATOR), barriers);
    }
}
