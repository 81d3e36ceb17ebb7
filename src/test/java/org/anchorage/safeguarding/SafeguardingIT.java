package org.anchorage.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.participant.RecordFlag;
import org.anchorage.placement.Employers;
import org.anchorage.placement.Placements;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.training.Training;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Safeguarding on a programme of its own: who may raise a concern (whoever meets the person), that only the
 * description is required, the 1 working day clock, that only the lead, deputies and the raiser read it (the
 * raiser only their own report), the flag the navigator sees only when the lead allows, and the audit of reads.
 */
class SafeguardingIT extends IntegrationTest {

    @Autowired Concerns concerns;
    @Autowired Designations designations;
    @Autowired Referrals referrals;
    @Autowired Participants participants;
    @Autowired Training training;
    @Autowired Employers employers;
    @Autowired Placements placements;

    /** The people of this test, built once through the facades in a programme of their own. */
    record World(Programme programme, SignedInUser manager, SignedInUser lead, SignedInUser deputy, SignedInUser navigator,
                 SignedInUser otherNavigator, SignedInUser trainer, SignedInUser host, SignedInUser otherHost, SignedInUser funder,
                 ParticipantId person) {}

    static World world;

    @BeforeEach
    void build() {
        if (world != null) {
            return;
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser demoNavigator = demo(Role.NAVIGATOR);
        SignedInUser demoEmployer = demo(Role.EMPLOYER);
        OrganisationId trust = demoNavigator.organisationId();
        OrganisationId careHome = demoEmployer.organisationId();
        SignedInUser manager = user("manager." + run + "@sg.test", "Mina Manager", Role.PROGRAMME_MANAGER, trust);
        SignedInUser lead = user("lead." + run + "@sg.test", "Lee Lead", Role.NAVIGATOR, trust);
        SignedInUser deputy = user("deputy." + run + "@sg.test", "Dee Deputy", Role.MENTOR, trust);
        SignedInUser navigator = user("navigator." + run + "@sg.test", "Nat Navigator", Role.NAVIGATOR, trust);
        SignedInUser otherNavigator = user("other." + run + "@sg.test", "Olly Other", Role.NAVIGATOR, trust);
        SignedInUser trainer = user("trainer." + run + "@sg.test", "Tara Trainer", Role.TRAINER, trust);
        SignedInUser host = user("host." + run + "@sg.test", "Hal Host", Role.EMPLOYER, careHome);
        SignedInUser otherHost = user("host2." + run + "@sg.test", "Hana Host", Role.EMPLOYER, careHome);
        SignedInUser funder = demo(Role.FUNDER);
        Programme programme = programmes.add(new ProgrammeDetails("Safeguarding test " + run, ProgrammeStatus.OPEN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "Made by SafeguardingIT", Set.of(trust, careHome,
                funder.organisationId())), null, manager);
        Referral referral = referrals.receiveSelfReferral(new NewReferral(programme.id(), "Sasha", "Safe" + run,
                LocalDate.of(1998, 6, 6), "RM18 7AG", "sasha." + run + "@example.invalid", null, ContactPreference.EMAIL,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "SafeguardingIT", null));
        referrals.accept(referral.id(), referral.version(), navigator.id(), manager);
        ParticipantId person = participants.forReferral(referral.id()).orElseThrow();
        var session = training.schedule(training.catalogue().getFirst().id(), programme.id(),
                java.time.Instant.now().plus(Duration.ofDays(10)), "Room 9", 10, trainer.id(), manager);
        training.book(session.id(), person, false, navigator);
        var site = employers.addSite("Site " + run, "1 Test Walk, Grays", "RM17 6PU", host);
        var offer = placements.post(new Placements.NewPlacement(programme.id(), site.id(), null, "Ward housekeeper", "facilities",
                null, "", new BigDecimal("20"), "weekday-days", 1271, LocalDate.now().plusDays(30), LocalDate.now().plusDays(120), 3,
                "enhanced", 18, List.of("identity")), host);
        UUID candidate = placements.suggest(offer.id(), person, 80, "SafeguardingIT", navigator);
        placements.putForward(candidate, "Weekdays", "Ready", "", navigator);
        designations.appointLead(programme.id(), lead.id(), manager);
        designations.addDeputy(programme.id(), deputy.id(), manager);
        world = new World(programme, manager, lead, deputy, navigator, otherNavigator, trainer, host, otherHost, funder, person);
    }

    // --- Who may raise ------------------------------------------------------------------------------------

    @Test
    void the_navigator_the_trainer_and_the_host_who_meet_the_person_may_raise_a_concern_and_others_are_answered_not_found()
            throws Exception {
        String page = "/safeguarding/raise/" + world.person().value();
        for (SignedInUser meets : List.of(world.navigator(), world.trainer(), world.host(), world.manager())) {
            assertThat(mvc.perform(get(page).with(as(meets))).andReturn().getResponse().getStatus())
                    .as(meets.email()).isEqualTo(200);
        }
        // Hosts meet by organisation (any user of the host) and trainers by provider, so the strangers are these.
        for (SignedInUser stranger : List.of(world.otherNavigator(), demo(Role.MENTOR))) {
            assertThat(mvc.perform(get(page).with(as(stranger))).andReturn().getResponse().getStatus())
                    .as(stranger.email()).isEqualTo(404);
        }
        assertThat(mvc.perform(get(page).with(as(world.funder()))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(count()).as("nothing raised by looking").isEqualTo(count());
    }

    @Test
    void a_concern_with_no_description_is_refused_naming_the_field_and_nothing_is_saved() throws Exception {
        long before = count();
        MvcResult result = mvc.perform(post("/safeguarding/raise/" + world.person().value()).with(as(world.trainer())).with(csrf())
                .param("description", "   ").param("immediateRisk", "yes").param("categories", "physical")
                .param("whenAndWhere", "In the session")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("There is a problem").contains("href=\"#description\"").contains("Enter what you saw or heard");
        assertThat(html).as("what was typed is kept").contains("In the session");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_concern_with_every_optional_field_missing_or_unknown_is_still_saved_and_confirmed_with_a_reference() throws Exception {
        MvcResult result = mvc.perform(post("/safeguarding/raise/" + world.person().value()).with(as(world.host())).with(csrf())
                .param("description", "Came to the interview with bruises and would not say why.")
                .param("immediateRisk", "perhaps").param("categories", "not-a-category")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1, location.indexOf('?')));
        var row = jdbc.sql("SELECT immediate_risk, cardinality(categories) AS n, person_knows FROM safeguarding_concern WHERE id = :id")
                .param("id", id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)))).single();
        assertThat(row).containsExactly("not-sure", "0", "null");
        String confirmation = mvc.perform(get(location).with(as(world.host()))).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Concern sent").contains(Concerns.reference(id)).contains("Received");
    }

    // --- The clock ----------------------------------------------------------------------------------------

    @Test
    void acknowledgement_is_due_one_working_day_after_raising_across_a_weekend_and_the_christmas_bank_holidays() {
        clock.fixAt("2026-12-04T16:30"); // a Friday
        UUID friday = concerns.raise(world.person(), describe("Friday afternoon"), world.navigator());
        clock.fixAt("2026-12-24T10:00"); // Thursday: Friday 25th and Monday 28th are bank holidays
        UUID christmasEve = concerns.raise(world.person(), describe("Christmas Eve"), world.navigator());
        assertThat(concerns.concern(friday, world.lead()).acknowledgeBy()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(concerns.concern(christmasEve, world.lead()).acknowledgeBy()).isEqualTo(LocalDate.of(2026, 12, 29));
        clock.fixAt("2026-12-30T09:00");
        assertThat(concerns.concern(christmasEve, world.lead()).overdueOn(LocalDate.of(2026, 12, 30))).isTrue();
        assertThat(concerns.queue(world.lead(), true)).extracting(QueuedConcern::id).contains(friday, christmasEve);
    }

    @Test
    void an_unacknowledged_concern_is_first_on_the_leads_worklist_urgent_with_immediate_risk_and_without_a_name() {
        clock.fixAt("2026-12-02T11:00");
        UUID urgent = concerns.raise(world.person(), new NewConcern(List.of(ConcernCategory.PHYSICAL), "Bruises seen", Answer.YES,
                null, null, null), world.trainer());
        var notices = participants.worklistNotices(world.lead());
        assertThat(notices.getFirst().urgent()).isTrue();
        assertThat(notices).anySatisfy(n -> {
            assertThat(n.link()).isEqualTo("/safeguarding/concerns/" + urgent);
            assertThat(n.text()).isEqualTo("Safeguarding concern raised 2 December, immediate risk");
            assertThat(n.dueOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        });
        assertThat(participants.worklistNotices(world.navigator())).as("the person's navigator is not designated")
                .noneMatch(n -> n.link().contains(urgent.toString()));
    }

    // --- Who reads ----------------------------------------------------------------------------------------

    @Test
    void only_the_lead_and_deputies_read_a_concern_and_its_raiser_reads_only_their_own_report() throws Exception {
        UUID id = concerns.raise(world.person(), describe("Only for the lead"), world.trainer());
        assertThat(concerns.concern(id, world.lead()).description()).isEqualTo("Only for the lead");
        assertThat(concerns.concern(id, world.deputy()).description()).isEqualTo("Only for the lead");
        assertThat(concerns.ownReport(id, world.trainer()).description()).isEqualTo("Only for the lead");
        assertThatThrownBy(() -> concerns.concern(id, world.trainer())).isInstanceOf(RecordNotFound.class);
        for (SignedInUser other : List.of(world.navigator(), world.manager(), world.otherNavigator(), world.host())) {
            assertThatThrownBy(() -> concerns.concern(id, other)).as(other.email()).isInstanceOf(RecordNotFound.class);
            assertThat(mvc.perform(get("/safeguarding/concerns/" + id).with(as(other))).andReturn().getResponse().getStatus())
                    .as(other.email()).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/safeguarding/concerns/" + id).with(as(Role.ADMINISTRATOR))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void the_raiser_sees_that_it_was_acknowledged_but_never_the_leads_decisions_referrals_or_outcome() throws Exception {
        UUID id = concerns.raise(world.person(), describe("Said they sleep in a car"), world.trainer());
        concerns.acknowledge(id, 0, world.lead());
        concerns.decide(id, 1, null, "Decision: speak to housing options today", world.lead());
        concerns.refer(id, 2, ReferralAgency.PREVENT, LocalDate.now(clock), "PRV-98765", "Channel panel", "Notes only for the lead",
                world.deputy());
        concerns.close(id, 3, ConcernOutcome.RISK_MANAGED, "Outcome notes only for the lead", world.lead());
        for (String page : List.of("/safeguarding/concerns/" + id, "/safeguarding/concerns/mine")) {
            String html = mvc.perform(get(page).with(as(world.trainer()))).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains("Acknowledged")
                    .doesNotContain("housing options", "PRV-98765", "Prevent", "Channel panel", "only for the lead",
                            ConcernOutcome.RISK_MANAGED.label(), "Closed");
        }
        String lead = mvc.perform(get("/safeguarding/concerns/" + id).with(as(world.lead()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(lead).contains("housing options", "PRV-98765", "Referred to Prevent", ConcernOutcome.RISK_MANAGED.label());
    }

    @Test
    void a_change_from_a_page_someone_else_changed_meanwhile_is_refused_and_nothing_is_half_saved() {
        UUID id = concerns.raise(world.person(), describe("Two leads at once"), world.trainer());
        concerns.acknowledge(id, 0, world.deputy());
        assertThatThrownBy(() -> concerns.decide(id, 0, null, "From a stale page", world.lead()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Someone else changed");
        assertThat(concerns.concern(id, world.lead()).actions()).isEmpty();
    }

    @Test
    void the_navigator_sees_a_flag_without_detail_only_once_the_lead_allows_it() {
        UUID id = concerns.raise(world.person(), describe("Secret detail XYZZY"), world.trainer());
        assertThat(flags(world.navigator())).isEmpty();
        concerns.allowFlag(id, 0, true, world.lead());
        List<RecordFlag> seen = flags(world.navigator());
        assertThat(seen).singleElement().satisfies(f -> {
            assertThat(f.urgent()).isTrue();
            assertThat(f.text()).isEqualTo("Speak to the safeguarding lead, Lee Lead");
            assertThat(f.link()).isNull();
        });
        assertThat(flags(world.manager())).hasSize(1);
        concerns.allowFlag(id, 1, false, world.lead());
        assertThat(flags(world.navigator())).isEmpty();
    }

    @Test
    void every_read_of_a_concern_is_audited_with_who_read_it() throws Exception {
        UUID id = concerns.raise(world.person(), describe("Audited"), world.trainer());
        mvc.perform(get("/safeguarding/concerns/" + id).with(as(world.lead())));
        mvc.perform(get("/safeguarding/concerns/" + id).with(as(world.trainer())));
        mvc.perform(get("/safeguarding").with(as(world.deputy())));
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE record_type = :t AND record_id = :id AND action = 'READ'")
                .param("t", Concerns.RECORD_TYPE).param("id", id.toString()).query(String.class).list())
                .contains(world.lead().email(), world.trainer().email());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE record_type = :t AND actor = :a AND action = 'READ'
                  AND detail LIKE 'viewed the open safeguarding concerns%'
                """).param("t", Concerns.RECORD_TYPE).param("a", world.deputy().email()).query(Long.class).single()).isPositive();
    }

    // --- Designations -------------------------------------------------------------------------------------

    @Test
    void a_programme_without_a_lead_still_takes_concerns_and_they_wait_for_its_managers() {
        SignedInUser navigator = world.navigator();
        Programme second = programmes.add(new ProgrammeDetails("No lead yet " + UUID.randomUUID().toString().substring(0, 6),
                ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "SafeguardingIT",
                Set.of(navigator.organisationId())), null, world.manager());
        Referral r = referrals.receiveSelfReferral(new NewReferral(second.id(), "Noel", "Nolead", LocalDate.of(1999, 1, 1), "RM18 7AG",
                "noel@example.invalid", null, ContactPreference.EMAIL, List.of(WorkInterest.NOT_SURE), Referrals.PRIVACY_NOTICE_VERSION,
                true, "SafeguardingIT", null));
        referrals.accept(r.id(), r.version(), navigator.id(), world.manager());
        ParticipantId noel = participants.forReferral(r.id()).orElseThrow();
        assertThat(concerns.raising(noel, navigator).leadName()).isNull();
        UUID id = concerns.raise(noel, describe("No lead yet"), navigator);
        assertThat(concerns.concern(id, world.manager()).description()).isEqualTo("No lead yet");
        assertThatThrownBy(() -> concerns.concern(id, world.lead())).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void a_new_lead_ends_the_old_designation_which_is_kept_as_history_and_only_staff_taking_part_can_be_designated() {
        Programme p = programmes.add(new ProgrammeDetails("Designations " + UUID.randomUUID().toString().substring(0, 6),
                ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "SafeguardingIT",
                Set.of(world.navigator().organisationId(), world.funder().organisationId())), null, world.manager());
        designations.appointLead(p.id(), world.lead().id(), world.manager());
        designations.appointLead(p.id(), world.deputy().id(), world.manager());
        var view = designations.view(p.id(), world.manager());
        assertThat(view.lead().name()).isEqualTo("Dee Deputy");
        assertThat(view.history()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Lee Lead");
            assertThat(d.endedByName()).isEqualTo("Mina Manager");
        });
        assertThatThrownBy(() -> designations.addDeputy(p.id(), world.funder().id(), world.manager())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> designations.addDeputy(p.id(), world.host().id(), world.manager()))
                .as("the care home does not take part").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> designations.view(p.id(), world.navigator())).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void only_a_manager_of_the_lead_organisation_names_the_lead_and_deputies_so_no_other_manager_can_make_themself_a_deputy()
            throws Exception {
        // A manager of the care home, which takes part in the programme but does not lead it.
        SignedInUser outsider = user("manager." + UUID.randomUUID().toString().substring(0, 8) + "@sg.test", "Max Manager",
                Role.PROGRAMME_MANAGER, world.host().organisationId());
        assertThat(designations.view(world.programme().id(), outsider).mayChange()).isFalse();
        assertThat(designations.view(world.programme().id(), world.manager()).mayChange()).isTrue();
        assertThatThrownBy(() -> designations.addDeputy(world.programme().id(), outsider.id(), outsider))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> designations.appointLead(world.programme().id(), outsider.id(), outsider))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(post("/programmes/" + world.programme().id().value() + "/safeguarding/deputies").param("user",
                outsider.id().value().toString()).with(as(outsider)).with(csrf())).andExpect(status().isForbidden());
        String page = mvc.perform(get("/programmes/" + world.programme().id().value() + "/safeguarding").with(as(outsider)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Only an administrator or a manager of the programme’s lead organisation").doesNotContain("Make them the lead");
        assertThat(designations.view(world.programme().id(), world.manager()).deputies()).extracting(d -> d.name())
                .containsExactly("Dee Deputy");
    }

    // --- Helpers ------------------------------------------------------------------------------------------

    private List<RecordFlag> flags(SignedInUser viewer) {
        return participants.summary(world.person(), viewer, "overview").raised().stream()
                .filter(f -> f.kind().equals("Safeguarding")).toList();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM safeguarding_concern").query(Long.class).single();
    }

    private static NewConcern describe(String what) {
        return new NewConcern(List.of(), what, Answer.NO, null, null, null);
    }

    private SignedInUser user(String email, String name, Role role, OrganisationId organisation) {
        var account = users.create(new NewUser(email, name, role, organisation, "safeguarding-test-password-2026"));
        return new SignedInUser(account.id(), account.email(), account.displayName(), role, organisation, true, null);
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }
}
