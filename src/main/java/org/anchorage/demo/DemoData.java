package org.anchorage.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Set;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.Users;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EmploymentStatus;
import org.anchorage.programme.ImdEdition;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.training.Training;
import org.anchorage.participant.Participants;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.AnchorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo: the two programmes of PRODUCT.md, a trust, two councils, a care home employer and a
 * referral partner, and one user for every role. All names are invented.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

    /** Shared by every demo user, printed in the README: a demo is never for real people. */
    static final String DEMO_PASSWORD = "demo-password-2026";
    static final String DEMO_AUTHOR = "demo data";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AnchorageProperties properties;
    private final Organisations organisations;
    private final Users users;
    private final Programmes programmes;
    private final Referrals referrals;
    private final Training training;
    private final Participants participants;
    private final Plans plans;
    private final Clock clock;
    private final org.anchorage.placement.Employers employers;
    private final org.anchorage.placement.Placements placements;
    private final org.anchorage.support.Mentoring mentoring;
    private final org.anchorage.support.Wellbeing wellbeing;
    private final org.springframework.beans.factory.ObjectProvider<org.anchorage.safeguarding.Designations> designations;
    private final org.springframework.beans.factory.ObjectProvider<org.anchorage.safeguarding.Concerns> concerns;
    private final org.anchorage.opportunities.Vacancies vacancies;

    DemoData(AnchorageProperties properties, Organisations organisations, Users users, Programmes programmes,
             Referrals referrals, Training training, Participants participants, Plans plans, Clock clock,
             org.anchorage.placement.Employers employers, org.anchorage.placement.Placements placements,
             org.anchorage.support.Mentoring mentoring, org.anchorage.support.Wellbeing wellbeing,
             org.springframework.beans.factory.ObjectProvider<org.anchorage.safeguarding.Designations> designations,
             org.springframework.beans.factory.ObjectProvider<org.anchorage.safeguarding.Concerns> concerns,
             org.anchorage.opportunities.Vacancies vacancies) {
        this.vacancies = vacancies;
        this.designations = designations;
        this.concerns = concerns;
        this.mentoring = mentoring;
        this.wellbeing = wellbeing;
        this.employers = employers;
        this.placements = placements;
        this.training = training;
        this.participants = participants;
        this.plans = plans;
        this.clock = clock;
        this.properties = properties;
        this.organisations = organisations;
        this.users = users;
        this.programmes = programmes;
        this.referrals = referrals;
    }

    /** A few invented referrals: one person referred twice (with a typo), one accepted, one outside the area. */
    private void referrals(ProgrammeId pilot) {
        SignedInUser partner = signedIn(Role.REFERRAL_PARTNER);
        SignedInUser navigator = signedIn(Role.NAVIGATOR);
        referrals.receiveSelfReferral(new NewReferral(pilot, "Jordan", "Example", LocalDate.of(2003, 3, 15), "SS1 2AJ",
                "jordan.example@example.invalid", null, ContactPreference.EMAIL, List.of(WorkInterest.CUSTOMER_SERVICES),
                Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.receiveFromPartner(new NewReferral(pilot, "Jordon", "Example", LocalDate.of(2003, 3, 15), "SS12AJ",
                null, "07700 900001", ContactPreference.PHONE, List.of(WorkInterest.NOT_SURE),
                Referrals.PRIVACY_NOTICE_VERSION, true, "Fire and police youth team", null), partner);
        Referral casey = referrals.receiveFromPartner(new NewReferral(pilot, "Casey", "Sample", LocalDate.of(2001, 7, 1),
                "RM18 7AG", "casey.sample@example.invalid", null, ContactPreference.EMAIL,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "Fire and police youth team", null), partner);
        referrals.receiveSelfReferral(new NewReferral(pilot, "Riley", "Placeholder", LocalDate.of(1990, 2, 2), "CM2 8HD",
                null, "07700 900002", ContactPreference.TEXT, List.of(WorkInterest.ADMINISTRATION),
                Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(casey.id(), casey.version(), navigator.id(), navigator);
        var caseyRecord = participants.forReferral(casey.id()).orElseThrow();
        participants.linkSignIn(caseyRecord, signedIn(Role.PARTICIPANT).id(), navigator);
        plans.assess(caseyRecord, new Assessment(null, null, null, "Volunteered at a food bank; good with people",
                List.of("confidence", "transport"), List.of("nursing-support"), 20, List.of("school-hours"), "School hours only",
                "", plans.scales().getFirst().id(), List.of(5, 6, 5, 7)), navigator);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        plans.addGoal(caseyRecord, 0, "Start a healthcare support worker placement", true, List.of(
                new org.anchorage.plan.Goal.NewStep("Finish the Care Certificate", "participant", today.plusDays(60)),
                new org.anchorage.plan.Goal.NewStep("Ask the trust about a placement at Willow Lodge", "navigator", today.plusDays(7))),
                navigator);
        plans.scheduleReview(caseyRecord, 1, today.plusDays(10), navigator);
        var fireSafety = training.catalogue().stream().filter(c -> c.code().equals("CSTF-FS")).findFirst().orElseThrow();
        training.schedule(fireSafety.id(), pilot, clock.instant().plus(java.time.Duration.ofDays(14)),
                "Seaview Community Hub, room 2", 12, signedIn(Role.TRAINER).id(), signedIn(Role.PROGRAMME_MANAGER));
    }

    /** The care home's site near Grays, a host supervisor and one open paid placement. */
    private void placement(ProgrammeId pilot) {
        SignedInUser employer = signedIn(Role.EMPLOYER);
        var site = employers.addSite("Willow Lodge", "1 Willow Walk, Grays", "RM17 6PU", employer);
        var supervisor = employers.addSupervisor("Sam Host", "Deputy manager", "sam.host@example.invalid", "", employer);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        placements.post(new org.anchorage.placement.Placements.NewPlacement(pilot, site.id(), supervisor.id(),
                "Housekeeping assistant", "facilities", null, "Keeping residents' rooms and shared spaces clean and safe.",
                new java.math.BigDecimal("20"), "weekday-days", 1271, today.plusDays(30), today.plusDays(120), 2, "enhanced", 18,
                List.of("identity", "right-to-work", "criminal-record")), employer);
    }

    /** Step 11: three vacancies open now, two from the trust (posted by its programme manager) and one from the care home. */
    private void vacancies(ProgrammeId pilot, Organisation trust) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        SignedInUser manager = signedIn(Role.PROGRAMME_MANAGER);
        SignedInUser employer = signedIn(Role.EMPLOYER);
        vacancies.post(new org.anchorage.opportunities.Vacancy.New(pilot, trust.id(), "Healthcare support worker", "nursing-support", "3",
                2493700L, "year", "", new java.math.BigDecimal("37.5"), "permanent", "SS16 5NL", today.plusDays(21), "link",
                "https://jobs.example.nhs.uk/vacancy/HSW-2401", "Caring for patients on the wards of Basildon hospital: washing, "
                + "dressing, meals and helping nurses with observations. Full training given; the Care Certificate in your first weeks."),
                manager);
        vacancies.post(new org.anchorage.opportunities.Vacancy.New(pilot, trust.id(), "Ward clerk", "administration", "2", 2446500L, "year",
                "pro rata", new java.math.BigDecimal("22.5"), "fixed-term", "SS0 0RY", today.plusDays(10), "programme", null,
                "Welcoming patients and visitors, keeping records up to date and answering the ward's phone, for 12 months."), manager);
        vacancies.post(new org.anchorage.opportunities.Vacancy.New(pilot, employer.organisationId(), "Care assistant", "nursing-support",
                "not-afc", 1271L, "hour", "plus weekend enhancements", new java.math.BigDecimal("16"), "bank", "RM17 6PU",
                today.plusDays(30), "programme", null, "Helping our residents with personal care, meals and activities, on shifts that "
                + "suit you. No experience needed: we train you and pair you with an experienced colleague."), employer);
    }

    /** Step 8: the demo mentor mentors the demo participant (Casey) in the National pilot, with two sessions and a check-in. */
    private void mentoring() {
        SignedInUser navigator = signedIn(Role.NAVIGATOR);
        SignedInUser mentor = signedIn(Role.MENTOR);
        var casey = participants.ownRecord(signedIn(Role.PARTICIPANT)).orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        mentoring.changeProfile(new org.anchorage.support.MentorProfile("nursing-support", "RM17 6PU", 3), mentor);
        mentoring.assign(casey, mentor.id(), today.minusDays(21), today.plusMonths(6), navigator);
        mentoring.logSession(casey, new org.anchorage.support.Mentoring.NewSession(today.minusDays(14), 45, "in-person", true,
                List.of("confidence", "nhs-careers"), "Talked about what a healthcare support worker does day to day.", true), mentor);
        mentoring.logSession(casey, new org.anchorage.support.Mentoring.NewSession(today.minusDays(7), 30, "phone", true,
                List.of("travel"), "Worked out the bus to Willow Lodge.", false), mentor);
        mentoring.planNextSession(casey, today.plusDays(7), mentor);
        wellbeing.checkIn(casey, List.of(6, 7, 6, 5), mentor);
    }

    // Step 8, part 3: support actions and the barrier fund. Injected by method, so the constructor stays as it was.
    private org.anchorage.support.SupportActions supportActions;
    private org.anchorage.support.BarrierFunds barrierFunds;

    @org.springframework.beans.factory.annotation.Autowired
    void supportAndFunds(org.anchorage.support.SupportActions supportActions, org.anchorage.support.BarrierFunds barrierFunds) {
        this.supportActions = supportActions;
        this.barrierFunds = barrierFunds;
    }

    /**
     * The National pilot's barrier fund for this financial year (April to March), Casey's support actions for
     * the transport and confidence barriers, and a bus pass request waiting for a manager's approval.
     */
    private void supportAndFunds(ProgrammeId pilot) {
        SignedInUser navigator = signedIn(Role.NAVIGATOR);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        LocalDate april = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        barrierFunds.setBudget(pilot, "2000", april, april.plusYears(1).minusDays(1), null, signedIn(Role.PROGRAMME_MANAGER));
        var casey = participants.caseloadPage(navigator, "Casey", null, 1).entries().getFirst().participant().id();
        UUID busPass = supportActions.add(casey, new org.anchorage.support.SupportAction.New("transport", "travel-pass",
                "4-week bus pass to get to training", "navigator", null, today.plusDays(5), "Ask the fund before the first session"),
                navigator);
        supportActions.add(casey, new org.anchorage.support.SupportAction.New("confidence", "interview-clothes",
                "Interview clothes from the Smart Start scheme", "partner", "Smart Start Essex", today.plusDays(20), ""), navigator);
        barrierFunds.request(casey, new org.anchorage.support.BarrierFundRequest.New("32.50",
                "No money for travel until the first wage; training is 6 miles away", "A 4-week bus pass", busPass), navigator);
    }

    /**
     * Safeguarding (step 8): the demo programme manager is the National pilot's designated lead (no deputies,
     * so the navigator sees only what the lead allows), and the demo navigator has raised one concern about
     * Casey, waiting for acknowledgement, so the lead's queue, the concern page and the raiser's reports have data.
     */
    private void safeguarding(ProgrammeId pilot) {
        SignedInUser manager = signedIn(Role.PROGRAMME_MANAGER);
        SignedInUser navigator = signedIn(Role.NAVIGATOR);
        designations.getObject().designateForDemo(pilot, manager.id(), "lead", manager.id());
        var casey = participants.caseload(navigator, "Casey", null).stream().findFirst().orElseThrow().participant().id();
        concerns.getObject().raise(casey, new org.anchorage.safeguarding.NewConcern(
                List.of(org.anchorage.safeguarding.ConcernCategory.FINANCIAL),
                "Casey said an older cousin keeps their bank card and gives them a little of their wages each week. (Invented.)",
                org.anchorage.safeguarding.Answer.NO, "At the hub, during a catch-up", "Listened and said I would pass it on",
                org.anchorage.safeguarding.Answer.YES), navigator);
    }

    // Step 9: job search and work. Injected by method, so the constructor stays as it was.
    private org.anchorage.jobsearch.Applications applications;
    private org.anchorage.outcome.JobStarts jobStarts;

    @org.springframework.beans.factory.annotation.Autowired
    void work(org.anchorage.jobsearch.Applications applications, org.anchorage.outcome.JobStarts jobStarts) {
        this.applications = applications;
        this.jobStarts = jobStarts;
    }

    /**
     * Step 9: Casey has applied for a healthcare support worker job and has an interview next week, after a mock
     * interview; Morgan started as a porter at the trust 15 weeks ago, with the 4- and 13-week checks done (so the
     * Work section, the outcomes and the claims list have data) and the 26-week check still to come.
     */
    private void work(ProgrammeId pilot) {
        SignedInUser navigator = signedIn(Role.NAVIGATOR);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        var casey = participants.caseload(navigator, "Casey", null).stream().findFirst().orElseThrow().participant().id();
        UUID hcsw = applications.add(casey, new org.anchorage.jobsearch.Application.New("Estuary and Marshes NHS Foundation Trust (demo)",
                "Healthcare support worker", "nursing-support", "Band 2", "NHS Jobs 200-DEMO-1234", today.minusDays(12)), navigator);
        applications.move(casey, hcsw, new org.anchorage.jobsearch.Application.StatusChange("shortlisted", today.minusDays(5), null, null,
                null, ""), navigator);
        applications.move(casey, hcsw, new org.anchorage.jobsearch.Application.StatusChange("interview", today.minusDays(3),
                today.plusDays(6), java.time.LocalTime.of(10, 30), null, "Panel of two at the main hospital"), navigator);
        applications.logPreparation(casey, hcsw, new org.anchorage.jobsearch.Application.NewPreparation("mock-interview", today.minusDays(2),
                "Demo Navigator", "Good examples from the food bank; practise the values question (compassion)."), navigator);

        Referral morgan = referrals.receiveSelfReferral(new NewReferral(pilot, "Morgan", "Example", LocalDate.of(1995, 5, 20), "RM18 7AA",
                null, "07700 900003", ContactPreference.TEXT, List.of(WorkInterest.FACILITIES), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        referrals.accept(morgan.id(), morgan.version(), navigator.id(), navigator);
        var morganRecord = participants.forReferral(morgan.id()).orElseThrow();
        LocalDate started = today.minusWeeks(15);
        UUID job = jobStarts.record(morganRecord, new org.anchorage.outcome.JobStart.New("Estuary and Marshes NHS Foundation Trust (demo)",
                "nhs", "Porter", "portering", "Band 2", 1300, new java.math.BigDecimal("37.5"), false, "permanent", started,
                "employer-confirmation"), navigator);
        jobStarts.recordCheck(morganRecord, job, new org.anchorage.outcome.SustainmentCheck.New(4, started.plusWeeks(4), "same-job",
                new java.math.BigDecimal("37.5"), "participant-said", "Talked through the shift pattern and the bus times", null, null), navigator);
        jobStarts.recordCheck(morganRecord, job, new org.anchorage.outcome.SustainmentCheck.New(13, started.plusWeeks(13), "same-job",
                new java.math.BigDecimal("37.5"), "employer-confirmation", "", null, null), navigator);
    }

    private SignedInUser signedIn(Role role) {
        var account = users.findByEmail(role.code() + "@demo.anchorage.local").orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.role(), account.organisationId(),
                true, null);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !programmes.all().isEmpty()) {
            return;
        }
        Organisation trust = organisations.add("Estuary and Marshes NHS Foundation Trust (demo)", OrganisationType.NHS_TRUST);
        Organisation southend = organisations.add("Seaview Borough Council (demo)", OrganisationType.COUNCIL);
        Organisation thurrock = organisations.add("Riverside Unitary Council (demo)", OrganisationType.COUNCIL);
        Organisation careHome = organisations.add("Willow Lodge Care Home (demo)", OrganisationType.EMPLOYER);
        Organisation youthTeam = organisations.add("Fire and Police Youth Team (demo)", OrganisationType.REFERRAL_PARTNER);
        Organisation funder = organisations.add("Health Anchors Fund (demo)", OrganisationType.FUNDER);

        Set<org.anchorage.organisation.OrganisationId> everyone = Set.of(trust.id(), southend.id(), thurrock.id(),
                careHome.id(), youthTeam.id(), funder.id());
        List<String> southEssex = List.of("E06000033", "E06000034", "E07000066", "E07000069");
        programmes.add(new ProgrammeDetails("Youth partnership", ProgrammeStatus.OPEN, LocalDate.of(2026, 4, 1),
                LocalDate.of(2028, 3, 31),
                "Young people aged 16 to 24 from disadvantaged backgrounds into health and social care jobs.", everyone,
                new org.anchorage.programme.ProgrammeContact("youth.partnership@example.nhs.uk", "01632 960 101",
                        "Monday to Friday, 9am to 5pm")),
                new EligibilityRules(ImdEdition.IOD2025, 3, southEssex, null, null, 16, 24,
                        Set.of(EmploymentStatus.NEET, EmploymentStatus.UNEMPLOYED, EmploymentStatus.ECONOMICALLY_INACTIVE), true),
                DEMO_AUTHOR);
        programmes.add(new ProgrammeDetails("National pilot", ProgrammeStatus.OPEN, LocalDate.of(2026, 9, 1),
                LocalDate.of(2028, 8, 31),
                "Residents of the 10% most deprived neighbourhoods of Southend, Basildon and Thurrock into paid "
                        + "placements and NHS jobs.", everyone,
                new org.anchorage.programme.ProgrammeContact("national.pilot@example.nhs.uk", "01632 960 202",
                        "Monday to Friday, 9am to 5pm; Thursday until 7pm")),
                new EligibilityRules(ImdEdition.IOD2025, 1, southEssex, null, List.of(
                        new EligibilityRules.TargetPlace("Tilbury", List.of("E01016006", "E01016010"), null),
                        new EligibilityRules.TargetPlace("Canvey Island", List.of("E01021507"), null),
                        new EligibilityRules.TargetPlace("Central Southend", List.of("E01015842", "E01015852", "E01034096"), null),
                        new EligibilityRules.TargetPlace("South Ockendon", List.of("E01015932"), null)),
                        18, null, Set.of(EmploymentStatus.UNEMPLOYED, EmploymentStatus.ECONOMICALLY_INACTIVE), true),
                DEMO_AUTHOR);

        Map<Role, Organisation> homes = Map.of(
                Role.ADMINISTRATOR, trust, Role.PROGRAMME_MANAGER, trust, Role.NAVIGATOR, trust,
                Role.TRAINER, trust, Role.MENTOR, trust, Role.EMPLOYER, careHome,
                Role.REFERRAL_PARTNER, youthTeam, Role.FUNDER, funder, Role.PARTICIPANT, southend);
        for (Role role : Role.values()) {
            users.create(new NewUser(role.code() + "@demo.anchorage.local", "Demo " + role.label(), role,
                    homes.get(role).id(), DEMO_PASSWORD));
        }
        // The trust leads both: its programme managers decide which organisations take part.
        programmes.all().forEach(p -> programmes.lead(p.id(), trust.id()));
        ProgrammeId pilot = programmes.all().stream().filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().id();
        referrals(pilot);
        placement(pilot);
        vacancies(pilot, trust);
        mentoring();
        supportAndFunds(pilot);
        safeguarding(pilot);
        work(pilot);
        events(pilot);
        log.warn("Demo data loaded: sign in as <role>@demo.anchorage.local (e.g. navigator@demo.anchorage.local) "
                + "with the demo password from the README. Never use demo mode for real people.");
    }

    // Step 11: outreach events. Injected by method, so the constructor stays as it was.
    private org.anchorage.outreach.OutreachEvents outreachEvents;

    @org.springframework.beans.factory.annotation.Autowired
    void events(org.anchorage.outreach.OutreachEvents outreachEvents) {
        this.outreachEvents = outreachEvents;
    }

    /** Step 11: a jobs fair in Tilbury in two weeks with two residents signed up, and a drop-in on Canvey in three. */
    private void events(ProgrammeId pilot) {
        SignedInUser navigator = signedIn(Role.NAVIGATOR);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        var fair = outreachEvents.publish(pilot, new org.anchorage.outreach.OutreachEvent.New(org.anchorage.outreach.EventKind.JOB_FAIR,
                "Tilbury health and care jobs fair", "Meet the hospital, care homes and the council. Ask about jobs and training. Bring a friend.",
                "Tilbury library", "Civic Square, Tilbury", "RM18 8AD", today.plusDays(14), java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(14, 0), 40, "Step-free entrance. Hearing loop. A quiet room if you need a break. Buses 99 and 83.",
                "Tilbury", "Thurrock community hub"), navigator);
        outreachEvents.signUp(fair, new org.anchorage.outreach.EventSignUp.New("Robin", "Example", "robin@example.com", null, "RM18 7AG",
                false, null));
        outreachEvents.signUp(fair, new org.anchorage.outreach.EventSignUp.New("Sam", "Example", null, "07700 900123", null, false, null));
        outreachEvents.publish(pilot, new org.anchorage.outreach.OutreachEvent.New(org.anchorage.outreach.EventKind.DROP_IN,
                "Canvey jobs drop-in", "Come and talk to us about work in the NHS. No need to book.", "Canvey community centre",
                "Long Road, Canvey Island", "SS8 0AA", today.plusDays(21), java.time.LocalTime.of(13, 0), java.time.LocalTime.of(16, 0), 25,
                "Step-free. Parking outside.", "Canvey Island", ""), navigator);
    }
}
