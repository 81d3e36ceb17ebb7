package org.anchorage.access;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.eligibility.Screenings;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.Users;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Employers;
import org.anchorage.placement.Placements;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.training.Training;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records the access tests ask about, three of each kind, seen from the demo users:
 * <ul>
 *   <li>{@link Scope#OWN}: the demo users' own — the demo navigator's participant, the demo employer's
 *       placement, the demo trainer's session, the trust's screening, in a programme the trust leads;</li>
 *   <li>{@link Scope#OTHER_CASELOAD}: the same programme, but another navigator's person, another
 *       employer's placement, another provider's session, the youth team's screening;</li>
 *   <li>{@link Scope#OTHER_ORGANISATION}: a programme none of the demo organisations takes part in,
 *       run by another trust.</li>
 * </ul>
 * Built once per test context through the facades, in programmes of its own, so what the access tests
 * post cannot disturb the demo records other tests use.
 */
public final class AccessWorld {

    public enum Scope { OWN, OTHER_CASELOAD, OTHER_ORGANISATION }

    public enum Kind { PROGRAMME, PERSON_RECORD, REFERRAL, SESSION, BOOKING, CERTIFICATE, PLACEMENT, CANDIDATE, SCREENING, USER,
        ORGANISATION,
        /** Step 8 mentoring: the OWN person mentored by the demo mentor, OTHER_CASELOAD by another mentor, the far one by a far mentor. */
        MENTEE,
        // Step 8, support actions and the barrier fund: a request for money for the own, other-caseload and far person.
        FUND_REQUEST,
        // Safeguarding (step 8).
        CONCERN,
        /** Step 9: a job start of the own person (the demo navigator's), the other-caseload person and the far person. */
        JOB_START,
        /** Step 11: an outreach event of the trust's programme (OWN), another of it (OTHER_CASELOAD: events belong to no caseload), one elsewhere. */
        EVENT,
        /** Step 11: a resident's sign-up to each of those events. */
        EVENT_SIGN_UP,
        /** Step 11: a vacancy of the demo employer in the own programme, of the second employer there, and of the far employer. */
        VACANCY }

    private static AccessWorld built;

    private final Map<Kind, Map<Scope, UUID>> ids = new EnumMap<>(Kind.class);

    public UUID id(Kind kind, Scope scope) {
        return ids.get(kind).get(scope);
    }

    private void put(Kind kind, Scope scope, UUID id) {
        ids.computeIfAbsent(kind, k -> new EnumMap<>(Scope.class)).put(scope, id);
    }

    public static synchronized AccessWorld in(ApplicationContext context) {
        if (built == null) {
            built = new Builder(context).build();
        }
        return built;
    }

    private static final class Builder {
        private final Users users;
        private final Organisations organisations;
        private final Programmes programmes;
        private final Referrals referrals;
        private final Participants participants;
        private final Training training;
        private final Employers employers;
        private final Placements placements;
        private final Screenings screenings;
        private final org.anchorage.support.Mentoring mentoring;
        private final JdbcClient jdbc;
        private final ApplicationContext context;
        private final LocalDate today;
        private final AccessWorld world = new AccessWorld();

        Builder(ApplicationContext context) {
            users = context.getBean(Users.class);
            organisations = context.getBean(Organisations.class);
            programmes = context.getBean(Programmes.class);
            referrals = context.getBean(Referrals.class);
            participants = context.getBean(Participants.class);
            training = context.getBean(Training.class);
            employers = context.getBean(Employers.class);
            placements = context.getBean(Placements.class);
            screenings = context.getBean(Screenings.class);
            mentoring = context.getBean(org.anchorage.support.Mentoring.class);
            jdbc = context.getBean(JdbcClient.class);
            this.context = context;
            today = LocalDate.now(context.getBean(Clock.class).withZone(ZoneId.of("Europe/London")));
        }

        AccessWorld build() {
            SignedInUser admin = demo(Role.ADMINISTRATOR);
            SignedInUser manager = demo(Role.PROGRAMME_MANAGER);
            SignedInUser navigator = demo(Role.NAVIGATOR);
            SignedInUser trainer = demo(Role.TRAINER);
            SignedInUser employer = demo(Role.EMPLOYER);
            SignedInUser partner = demo(Role.REFERRAL_PARTNER);

            Organisation secondEmployer = organisations.add("Second Care Group (access test)", OrganisationType.EMPLOYER);
            Organisation secondProvider = organisations.add("Second Training Provider (access test)", OrganisationType.TRAINING_PROVIDER);
            Organisation elsewhere = organisations.add("Elsewhere NHS Trust (access test)", OrganisationType.NHS_TRUST);
            SignedInUser otherNavigator = user("navigator.two@access.test", Role.NAVIGATOR, navigator.organisationId());
            SignedInUser otherTrainer = user("trainer.two@access.test", Role.TRAINER, secondProvider.id());
            SignedInUser otherEmployer = user("employer.two@access.test", Role.EMPLOYER, secondEmployer.id());
            SignedInUser farManager = user("manager@elsewhere.access.test", Role.PROGRAMME_MANAGER, elsewhere.id());
            SignedInUser farNavigator = user("navigator@elsewhere.access.test", Role.NAVIGATOR, elsewhere.id());
            SignedInUser farTrainer = user("trainer@elsewhere.access.test", Role.TRAINER, elsewhere.id());
            SignedInUser farEmployer = user("employer@elsewhere.access.test", Role.EMPLOYER, elsewhere.id());
            SignedInUser farPartner = user("partner@elsewhere.access.test", Role.REFERRAL_PARTNER, elsewhere.id());

            Set<OrganisationId> demoOrganisations = Set.copyOf(programmes.all().stream()
                    .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
            var members = new java.util.HashSet<>(demoOrganisations);
            members.add(secondEmployer.id());
            members.add(secondProvider.id());
            Programme own = programmes.add(details("Access test: the trust's programme", members), null, manager);
            Programme second = programmes.add(details("Access test: a programme the trust does not lead", demoOrganisations),
                    null, admin);
            Programme far = programmes.add(details("Access test: elsewhere", Set.of(elsewhere.id())), null, farManager);
            world.put(Kind.PROGRAMME, Scope.OWN, own.id().value());
            world.put(Kind.PROGRAMME, Scope.OTHER_CASELOAD, second.id().value());
            world.put(Kind.PROGRAMME, Scope.OTHER_ORGANISATION, far.id().value());

            Referral owen = referrals.receiveFromPartner(person(own.id(), "Owen", "Own"), partner);
            Referral olive = referrals.receiveSelfReferral(person(own.id(), "Olive", "Other"));
            Referral xena = referrals.receiveFromPartner(person(far.id(), "Xena", "Elsewhere"), farPartner);
            referrals.accept(owen.id(), owen.version(), navigator.id(), manager);
            referrals.accept(olive.id(), olive.version(), otherNavigator.id(), manager);
            referrals.accept(xena.id(), xena.version(), farNavigator.id(), farManager);
            world.put(Kind.REFERRAL, Scope.OWN, owen.id().value());
            world.put(Kind.REFERRAL, Scope.OTHER_CASELOAD, olive.id().value());
            world.put(Kind.REFERRAL, Scope.OTHER_ORGANISATION, xena.id().value());
            ParticipantId owenRecord = participants.forReferral(owen.id()).orElseThrow();
            ParticipantId oliveRecord = participants.forReferral(olive.id()).orElseThrow();
            ParticipantId xenaRecord = participants.forReferral(xena.id()).orElseThrow();
            world.put(Kind.PERSON_RECORD, Scope.OWN, owenRecord.value());
            world.put(Kind.PERSON_RECORD, Scope.OTHER_CASELOAD, oliveRecord.value());
            world.put(Kind.PERSON_RECORD, Scope.OTHER_ORGANISATION, xenaRecord.value());

            UUID course = training.catalogue().getFirst().id();
            var inTwoWeeks = java.time.Instant.now().plus(Duration.ofDays(14));
            var ownSession = training.schedule(course, own.id(), inTwoWeeks, "Room 1", 10, trainer.id(), manager);
            var otherSession = training.schedule(course, own.id(), inTwoWeeks, "Room 2", 10, otherTrainer.id(), otherTrainer);
            var farSession = training.schedule(course, far.id(), inTwoWeeks, "Room 3", 10, farTrainer.id(), farTrainer);
            world.put(Kind.SESSION, Scope.OWN, ownSession.id());
            world.put(Kind.SESSION, Scope.OTHER_CASELOAD, otherSession.id());
            world.put(Kind.SESSION, Scope.OTHER_ORGANISATION, farSession.id());
            var owenBooking = training.book(ownSession.id(), owenRecord, false, navigator);
            var oliveBooking = training.book(ownSession.id(), oliveRecord, false, otherNavigator);
            var xenaBooking = training.book(farSession.id(), xenaRecord, false, farNavigator);
            world.put(Kind.BOOKING, Scope.OWN, owenBooking.id());
            world.put(Kind.BOOKING, Scope.OTHER_CASELOAD, oliveBooking.id());
            world.put(Kind.BOOKING, Scope.OTHER_ORGANISATION, xenaBooking.id());
            // The register is taken once a session has started: these two have begun.
            jdbc.sql("UPDATE training_session SET starts_at = now() - interval '1 hour' WHERE id IN (:ids)")
                    .param("ids", List.of(ownSession.id(), farSession.id())).update();
            training.register(ownSession.id(), Set.of(owenBooking.id(), oliveBooking.id()),
                    Set.of(owenBooking.id(), oliveBooking.id()), trainer);
            training.register(farSession.id(), Set.of(xenaBooking.id()), Set.of(xenaBooking.id()), farTrainer);
            world.put(Kind.CERTIFICATE, Scope.OWN, certificateOf(owenBooking.id()));
            world.put(Kind.CERTIFICATE, Scope.OTHER_CASELOAD, certificateOf(oliveBooking.id()));
            world.put(Kind.CERTIFICATE, Scope.OTHER_ORGANISATION, certificateOf(xenaBooking.id()));

            UUID ownPlacement = placement(own.id(), employer);
            UUID otherPlacement = placement(own.id(), otherEmployer);
            UUID farPlacement = placement(far.id(), farEmployer);
            world.put(Kind.PLACEMENT, Scope.OWN, ownPlacement);
            world.put(Kind.PLACEMENT, Scope.OTHER_CASELOAD, otherPlacement);
            world.put(Kind.PLACEMENT, Scope.OTHER_ORGANISATION, farPlacement);
            world.put(Kind.CANDIDATE, Scope.OWN, candidate(ownPlacement, owenRecord, navigator));
            world.put(Kind.CANDIDATE, Scope.OTHER_CASELOAD, candidate(otherPlacement, oliveRecord, otherNavigator));
            world.put(Kind.CANDIDATE, Scope.OTHER_ORGANISATION, candidate(farPlacement, xenaRecord, farNavigator));

            world.put(Kind.SCREENING, Scope.OWN, screening(own.id(), navigator));
            world.put(Kind.SCREENING, Scope.OTHER_CASELOAD, screening(own.id(), partner));
            world.put(Kind.SCREENING, Scope.OTHER_ORGANISATION, screening(far.id(), farNavigator));

            // Step 8 mentoring (part h1): the demo mentor mentors Owen; another mentor of the trust, Olive; a far mentor, Xena.
            SignedInUser mentor = demo(Role.MENTOR);
            SignedInUser otherMentor = user("mentor.two@access.test", Role.MENTOR, navigator.organisationId());
            SignedInUser farMentor = user("mentor@elsewhere.access.test", Role.MENTOR, elsewhere.id());
            mentoring.assign(owenRecord, mentor.id(), today.minusDays(7), null, navigator);
            mentoring.assign(oliveRecord, otherMentor.id(), today.minusDays(7), null, otherNavigator);
            mentoring.assign(xenaRecord, farMentor.id(), today.minusDays(7), null, farManager);
            world.put(Kind.MENTEE, Scope.OWN, owenRecord.value());
            world.put(Kind.MENTEE, Scope.OTHER_CASELOAD, oliveRecord.value());
            world.put(Kind.MENTEE, Scope.OTHER_ORGANISATION, xenaRecord.value());
            // Safeguarding (step 8): the demo manager is the own programme's lead, the demo mentor its deputy; the far programme has no lead,
            // so its concern waits for its own manager. OWN is raised by the demo trainer (who trains Owen), so the
            // raiser's view is asked too; OTHER_CASELOAD by Olive's navigator; OTHER_ORGANISATION by Xena's.
            var designations = context.getBean(org.anchorage.safeguarding.Designations.class);
            var concerns = context.getBean(org.anchorage.safeguarding.Concerns.class);
            designations.appointLead(own.id(), manager.id(), manager);
            // A deputy is a designation, not a role: the demo mentor is the own programme's deputy, so the deputy's
            // scope is asked with a role that otherwise never reads a concern.
            designations.addDeputy(own.id(), mentor.id(), manager);
            world.put(Kind.CONCERN, Scope.OWN, concerns.raise(owenRecord, concern("Owen"), trainer));
            world.put(Kind.CONCERN, Scope.OTHER_CASELOAD, concerns.raise(oliveRecord, concern("Olive"), otherNavigator));
            world.put(Kind.CONCERN, Scope.OTHER_ORGANISATION, concerns.raise(xenaRecord, concern("Xena"), farNavigator));

            // Accounts the tests may reset and sign out without touching the demo users the journeys sign in as.
            world.put(Kind.USER, Scope.OWN, otherTrainer.id().value());
            world.put(Kind.USER, Scope.OTHER_CASELOAD, otherNavigator.id().value());
            world.put(Kind.USER, Scope.OTHER_ORGANISATION, farNavigator.id().value());
            world.put(Kind.ORGANISATION, Scope.OWN, navigator.organisationId().value());
            world.put(Kind.ORGANISATION, Scope.OTHER_CASELOAD, secondEmployer.id().value());
            world.put(Kind.ORGANISATION, Scope.OTHER_ORGANISATION, elsewhere.id().value());

            // Step 8, the barrier fund: a budget in the trust's programme and elsewhere, and a request for each person.
            var funds = context.getBean(org.anchorage.support.BarrierFunds.class);
            funds.setBudget(own.id(), "1000", today.minusDays(100), today.plusDays(200), null, manager);
            funds.setBudget(far.id(), "1000", today.minusDays(100), today.plusDays(200), null, farManager);
            world.put(Kind.FUND_REQUEST, Scope.OWN, funds.request(owenRecord,
                    new org.anchorage.support.BarrierFundRequest.New("20.00", "access test", "A bus pass", null), navigator));
            world.put(Kind.FUND_REQUEST, Scope.OTHER_CASELOAD, funds.request(oliveRecord,
                    new org.anchorage.support.BarrierFundRequest.New("20.00", "access test", "A bus pass", null), otherNavigator));
            world.put(Kind.FUND_REQUEST, Scope.OTHER_ORGANISATION, funds.request(xenaRecord,
                    new org.anchorage.support.BarrierFundRequest.New("20.00", "access test", "A bus pass", null), farNavigator));

            // Step 9: each person started a job a week ago, recorded by their own navigator through the facade.
            var jobStarts = context.getBean(org.anchorage.outcome.JobStarts.class);
            world.put(Kind.JOB_START, Scope.OWN, jobStarts.record(owenRecord, jobStart(), navigator));
            world.put(Kind.JOB_START, Scope.OTHER_CASELOAD, jobStarts.record(oliveRecord, jobStart(), otherNavigator));
            world.put(Kind.JOB_START, Scope.OTHER_ORGANISATION, jobStarts.record(xenaRecord, jobStart(), farNavigator));

            // Step 11: an event a week ahead in each place, published by that place's navigator, with one resident signed up.
            var events = context.getBean(org.anchorage.outreach.OutreachEvents.class);
            event(events, Scope.OWN, own, "Own", navigator);
            event(events, Scope.OTHER_CASELOAD, own, "Other", otherNavigator);
            event(events, Scope.OTHER_ORGANISATION, far, "Far", farNavigator);
            // Step 11: each employer posts a vacancy open for a month, through the facade.
            var vacancies = context.getBean(org.anchorage.opportunities.Vacancies.class);
            world.put(Kind.VACANCY, Scope.OWN, vacancies.post(vacancy(own.id(), employer), employer));
            world.put(Kind.VACANCY, Scope.OTHER_CASELOAD, vacancies.post(vacancy(own.id(), otherEmployer), otherEmployer));
            world.put(Kind.VACANCY, Scope.OTHER_ORGANISATION, vacancies.post(vacancy(far.id(), farEmployer), farEmployer));
            return world;
        }

        private void event(org.anchorage.outreach.OutreachEvents events, Scope scope, Programme programme, String name, SignedInUser by) {
            UUID event = events.publish(programme.id(), new org.anchorage.outreach.OutreachEvent.New(org.anchorage.outreach.EventKind.JOB_FAIR,
                    "Access test fair: " + name, "", "Access test hall", "1 Test Street", "RM18 7AG", today.plusDays(7),
                    java.time.LocalTime.of(10, 0), java.time.LocalTime.of(14, 0), 20, "", "", ""), by);
            events.signUp(event, new org.anchorage.outreach.EventSignUp.New(name, "Attendee", name.toLowerCase() + ".attendee@access.test",
                    null, null, false, null));
            world.put(Kind.EVENT, scope, event);
            world.put(Kind.EVENT_SIGN_UP, scope, jdbc.sql("SELECT id FROM outreach_event_sign_up WHERE event_id = :e").param("e", event)
                    .query(UUID.class).single());
        }

        private org.anchorage.opportunities.Vacancy.New vacancy(ProgrammeId programme, SignedInUser employer) {
            return new org.anchorage.opportunities.Vacancy.New(programme, employer.organisationId(), "Access test porter", "portering", "2",
                    2600000L, "year", "", new BigDecimal("37.5"), "permanent", "RM17 6PU", today.plusDays(30), "programme", null,
                    "Made by the access tests");
        }

        private org.anchorage.outcome.JobStart.New jobStart() {
            return new org.anchorage.outcome.JobStart.New("Access Test Hospital", "nhs", "Porter", "portering", "Band 2", 1300,
                    new BigDecimal("37.5"), false, "permanent", today.minusDays(7), "employer-confirmation");
        }

        private static org.anchorage.safeguarding.NewConcern concern(String about) {
            return new org.anchorage.safeguarding.NewConcern(List.of(), "Access test concern about " + about, null, null, null, null);
        }

        private UUID certificateOf(UUID booking) {
            return jdbc.sql("SELECT id FROM training_certificate WHERE booking_id = :b").param("b", booking).query(UUID.class).single();
        }

        private UUID placement(ProgrammeId programme, SignedInUser host) {
            var site = employers.addSite("Site of " + host.email(), "1 Test Walk, Grays", "RM17 6PU", host);
            var offer = placements.post(new Placements.NewPlacement(programme, site.id(), null, "Ward housekeeper", "facilities",
                    null, "", new BigDecimal("20"), "weekday-days", 1271, today.plusDays(30), today.plusDays(120), 3, "enhanced",
                    18, List.of("identity")), host);
            return offer.id();
        }

        private UUID candidate(UUID placement, ParticipantId person, SignedInUser navigator) {
            UUID candidate = placements.suggest(placement, person, 80, "access test", navigator);
            placements.putForward(candidate, "Weekdays", "Ready to start", "", navigator);
            return candidate;
        }

        private UUID screening(ProgrammeId programme, SignedInUser by) {
            byte[] csv = "reference,postcode,date_of_birth\nS1,RM18 7AG,1990-04-30\n".getBytes(StandardCharsets.UTF_8);
            return screenings.start(programme, by, new ByteArrayInputStream(csv), "access-test.csv").id().value();
        }

        private static NewReferral person(ProgrammeId programme, String given, String family) {
            return new NewReferral(programme, given, family, LocalDate.of(1995, 5, 5), "RM18 7AG",
                    given.toLowerCase() + "@example.invalid", null, ContactPreference.EMAIL, List.of(WorkInterest.NURSING_SUPPORT),
                    Referrals.PRIVACY_NOTICE_VERSION, true, "access test", null);
        }

        private static ProgrammeDetails details(String name, Set<OrganisationId> members) {
            return new ProgrammeDetails(name, ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31),
                    "Made by the access tests", members);
        }

        private SignedInUser user(String email, Role role, OrganisationId organisation) {
            var account = users.create(new NewUser(email, "Access test " + role.label(), role, organisation, "access-test-password-2026"));
            return new SignedInUser(account.id(), account.email(), account.displayName(), role, organisation, true, null);
        }

        private SignedInUser demo(Role role) {
            var account = users.findByEmail(role.code() + "@demo.anchorage.local").orElseThrow();
            return new SignedInUser(account.id(), account.email(), account.displayName(), account.role(), account.organisationId(),
                    true, null);
        }
    }
}
