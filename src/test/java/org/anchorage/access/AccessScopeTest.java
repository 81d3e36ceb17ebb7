package org.anchorage.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.anchorage.identity.Role;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/** The rules of docs/access.md, with no database: a scope per role, asked about records in and out of it. */
class AccessScopeTest {

    static final UUID PILOT = UUID.randomUUID();
    static final UUID ELSEWHERE = UUID.randomUUID();
    static final OrganisationId TRUST = new OrganisationId(UUID.randomUUID());
    static final OrganisationId OTHER = new OrganisationId(UUID.randomUUID());
    static final UserId ME = new UserId(UUID.randomUUID());
    static final UserId COLLEAGUE = new UserId(UUID.randomUUID());

    static AccessScope as(Role role, Set<UUID> leading) {
        return new AccessScope(ME, role, TRUST, Set.of(PILOT), leading);
    }

    static AccessScope as(Role role) {
        return as(role, Set.of());
    }

    @Test
    void a_manager_sees_and_manages_only_the_programmes_their_organisation_takes_part_in() {
        assertThat(as(Role.PROGRAMME_MANAGER).seesProgramme(PILOT)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).managesProgramme(PILOT)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).seesProgramme(ELSEWHERE)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).managesProgramme(ELSEWHERE)).isFalse();
        assertThat(as(Role.NAVIGATOR).managesProgramme(PILOT)).isFalse();
    }

    @Test
    void only_an_administrator_or_the_lead_organisations_manager_decides_who_takes_part() {
        assertThat(as(Role.PROGRAMME_MANAGER).decidesWhoTakesPart(PILOT)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER, Set.of(PILOT)).decidesWhoTakesPart(PILOT)).isTrue();
        assertThat(as(Role.ADMINISTRATOR).decidesWhoTakesPart(ELSEWHERE)).isTrue();
        assertThat(as(Role.NAVIGATOR, Set.of(PILOT)).decidesWhoTakesPart(PILOT)).isFalse();
    }

    @Test
    void a_navigator_acts_only_for_their_own_caseload_and_a_manager_for_their_programmes() {
        assertThat(as(Role.NAVIGATOR).actsFor(PILOT, ME)).isTrue();
        assertThat(as(Role.NAVIGATOR).actsFor(PILOT, COLLEAGUE)).isFalse();
        assertThat(as(Role.NAVIGATOR).actsFor(ELSEWHERE, ME)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).actsFor(PILOT, COLLEAGUE)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).actsFor(ELSEWHERE, COLLEAGUE)).isFalse();
        for (Role role : new Role[] {Role.ADMINISTRATOR, Role.FUNDER, Role.EMPLOYER, Role.TRAINER, Role.MENTOR}) {
            assertThat(as(role).actsFor(PILOT, ME)).as(role.code()).isFalse();
        }
    }

    @Test
    void a_screened_list_is_seen_only_by_the_organisation_that_uploaded_it() {
        assertThat(as(Role.NAVIGATOR).seesScreening(PILOT, TRUST)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).seesScreening(PILOT, OTHER)).isFalse();
        assertThat(as(Role.ADMINISTRATOR).seesScreening(ELSEWHERE, TRUST)).isFalse();
        assertThat(as(Role.FUNDER).seesScreening(PILOT, TRUST)).isFalse();
    }

    @Test
    void a_partner_sees_only_its_own_referrals_and_staff_those_of_their_programmes() {
        assertThat(as(Role.REFERRAL_PARTNER).seesReferral(PILOT, TRUST)).isTrue();
        assertThat(as(Role.REFERRAL_PARTNER).seesReferral(PILOT, OTHER)).isFalse();
        assertThat(as(Role.REFERRAL_PARTNER).seesReferral(PILOT, null)).isFalse();
        assertThat(as(Role.NAVIGATOR).seesReferral(PILOT, null)).isTrue();
        assertThat(as(Role.NAVIGATOR).seesReferral(ELSEWHERE, TRUST)).isFalse();
    }

    @Test
    void a_trainer_sees_sessions_they_or_their_provider_run_and_everyone_booked_on_them() {
        assertThat(as(Role.TRAINER).seesSession(ELSEWHERE, ME, OTHER)).isTrue();
        assertThat(as(Role.TRAINER).seesSession(PILOT, COLLEAGUE, TRUST)).isTrue();
        assertThat(as(Role.TRAINER).seesSession(PILOT, COLLEAGUE, OTHER)).isFalse();
        assertThat(as(Role.TRAINER).seesBookedPerson(PILOT, ME, TRUST, PILOT, COLLEAGUE)).isTrue();
        assertThat(as(Role.NAVIGATOR).seesBookedPerson(PILOT, COLLEAGUE, TRUST, PILOT, COLLEAGUE)).isFalse();
        assertThat(as(Role.NAVIGATOR).runsSession(PILOT, ME, TRUST)).isFalse();
    }

    @Test
    void an_employer_hosts_only_its_own_placements_and_nobody_signed_out_sees_anything() {
        assertThat(as(Role.EMPLOYER).hosts(TRUST)).isTrue();
        assertThat(as(Role.EMPLOYER).hosts(OTHER)).isFalse();
        assertThat(as(Role.NAVIGATOR).hosts(TRUST)).isFalse();
        assertThat(AccessScope.NOBODY.seesProgramme(PILOT)).isFalse();
        assertThat(AccessScope.NOBODY.actsFor(PILOT, null)).isFalse();
    }

    // --- Mentoring (step 8) ---

    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 8);

    @Test
    void a_mentor_sees_a_person_only_while_assigned_within_the_dates_and_in_a_programme_their_organisation_takes_part_in() {
        AccessScope mentor = as(Role.MENTOR);
        assertThat(mentor.mentors(PILOT, ME, TODAY.minusDays(10), null, TODAY)).isTrue();
        assertThat(mentor.mentors(PILOT, ME, TODAY, TODAY, TODAY)).as("first and last day count").isTrue();
        assertThat(mentor.mentors(PILOT, ME, TODAY.plusDays(1), null, TODAY)).as("not started yet").isFalse();
        assertThat(mentor.mentors(PILOT, ME, TODAY.minusDays(30), TODAY.minusDays(1), TODAY)).as("ended").isFalse();
        assertThat(mentor.mentors(PILOT, COLLEAGUE, TODAY.minusDays(10), null, TODAY)).as("another mentor's mentee").isFalse();
        assertThat(mentor.mentors(ELSEWHERE, ME, TODAY.minusDays(10), null, TODAY)).as("organisation left the programme").isFalse();
        for (Role role : new Role[] {Role.NAVIGATOR, Role.PROGRAMME_MANAGER, Role.ADMINISTRATOR, Role.TRAINER, Role.PARTICIPANT}) {
            assertThat(as(role).mentors(PILOT, ME, TODAY.minusDays(10), null, TODAY)).as(role.code()).isFalse();
        }
    }

    @Test
    void only_the_persons_navigator_or_a_manager_of_their_programme_assigns_a_mentor() {
        assertThat(as(Role.NAVIGATOR).assignsMentorFor(PILOT, ME)).isTrue();
        assertThat(as(Role.NAVIGATOR).assignsMentorFor(PILOT, COLLEAGUE)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).assignsMentorFor(PILOT, COLLEAGUE)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).assignsMentorFor(ELSEWHERE, COLLEAGUE)).isFalse();
        assertThat(as(Role.MENTOR).assignsMentorFor(PILOT, ME)).isFalse();
    }

    // --- Support actions and the barrier fund (step 8, part 3) ---------------------------------------

    @Test
    void support_actions_are_seen_by_the_same_people_as_the_record() {
        assertThat(as(Role.NAVIGATOR).supports(PILOT, ME)).isTrue();
        assertThat(as(Role.NAVIGATOR).supports(PILOT, COLLEAGUE)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).supports(PILOT, COLLEAGUE)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).supports(ELSEWHERE, COLLEAGUE)).isFalse();
        assertThat(as(Role.MENTOR).supports(PILOT, ME)).isFalse();
        assertThat(as(Role.EMPLOYER).supports(PILOT, ME)).isFalse();
    }

    @Test
    void job_starts_and_sustainment_checks_are_recorded_by_the_navigator_or_a_manager_of_the_programme() {
        assertThat(as(Role.NAVIGATOR).recordsJobOutcomes(PILOT, ME)).isTrue();
        assertThat(as(Role.NAVIGATOR).recordsJobOutcomes(PILOT, COLLEAGUE)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).recordsJobOutcomes(PILOT, COLLEAGUE)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).recordsJobOutcomes(ELSEWHERE, COLLEAGUE)).isFalse();
        assertThat(as(Role.EMPLOYER).recordsJobOutcomes(PILOT, ME)).isFalse();
        assertThat(as(Role.MENTOR).recordsJobOutcomes(PILOT, ME)).isFalse();
        assertThat(as(Role.PARTICIPANT).recordsJobOutcomes(PILOT, ME)).isFalse();
    }

    @Test
    void job_applications_are_the_navigators_or_a_programme_managers_and_only_the_placement_host_offers_a_job() {
        assertThat(as(Role.NAVIGATOR).recordsJobSearch(PILOT, ME)).isTrue();
        assertThat(as(Role.NAVIGATOR).recordsJobSearch(PILOT, COLLEAGUE)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).recordsJobSearch(PILOT, COLLEAGUE)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).recordsJobSearch(ELSEWHERE, COLLEAGUE)).isFalse();
        assertThat(as(Role.EMPLOYER).recordsJobSearch(PILOT, ME)).isFalse();
        assertThat(as(Role.EMPLOYER).offersJobAfterPlacement(TRUST)).isTrue();
        assertThat(as(Role.EMPLOYER).offersJobAfterPlacement(OTHER)).isFalse();
        assertThat(as(Role.NAVIGATOR).offersJobAfterPlacement(TRUST)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).offersJobAfterPlacement(TRUST)).isFalse();
    }

    @Test
    void outcome_claims_are_for_a_manager_of_the_programme_or_an_administrator() {
        assertThat(as(Role.PROGRAMME_MANAGER).claimsOutcomes(PILOT)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).claimsOutcomes(ELSEWHERE)).isFalse();
        assertThat(as(Role.ADMINISTRATOR).claimsOutcomes(PILOT)).isTrue();
        assertThat(as(Role.NAVIGATOR).claimsOutcomes(PILOT)).isFalse();
        assertThat(as(Role.FUNDER).claimsOutcomes(PILOT)).isFalse();
        assertThat(as(Role.EMPLOYER).claimsOutcomes(PILOT)).isFalse();
    }

    @Test
    void only_a_manager_of_the_programme_manages_its_barrier_fund() {
        assertThat(as(Role.PROGRAMME_MANAGER).managesBarrierFund(PILOT)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).managesBarrierFund(ELSEWHERE)).isFalse();
        assertThat(as(Role.NAVIGATOR).managesBarrierFund(PILOT)).isFalse();
        assertThat(as(Role.ADMINISTRATOR).managesBarrierFund(PILOT)).isFalse();
    }

    @Test
    void a_fund_request_is_seen_by_the_programmes_managers_the_requester_and_the_persons_navigator() {
        assertThat(as(Role.PROGRAMME_MANAGER).seesFundRequest(PILOT, COLLEAGUE, COLLEAGUE)).isTrue();
        assertThat(as(Role.NAVIGATOR).seesFundRequest(PILOT, ME, COLLEAGUE)).isTrue();
        assertThat(as(Role.NAVIGATOR).seesFundRequest(PILOT, COLLEAGUE, ME)).isTrue();
        assertThat(as(Role.NAVIGATOR).seesFundRequest(PILOT, COLLEAGUE, COLLEAGUE)).isFalse();
        assertThat(as(Role.NAVIGATOR).seesFundRequest(ELSEWHERE, ME, ME)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).seesFundRequest(ELSEWHERE, ME, ME)).isFalse();
        assertThat(as(Role.FUNDER).seesFundRequest(PILOT, ME, ME)).isFalse();
    }

    @Test
    void nobody_approves_their_own_fund_request() {
        assertThat(as(Role.PROGRAMME_MANAGER).decidesFundRequest(PILOT, COLLEAGUE)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).decidesFundRequest(PILOT, ME)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).decidesFundRequest(ELSEWHERE, COLLEAGUE)).isFalse();
        assertThat(as(Role.NAVIGATOR).decidesFundRequest(PILOT, COLLEAGUE)).isFalse();
    }

    @Test
    void fund_totals_go_to_the_programmes_managers_and_funders_only() {
        assertThat(as(Role.PROGRAMME_MANAGER).seesFundTotals(PILOT)).isTrue();
        assertThat(as(Role.FUNDER).seesFundTotals(PILOT)).isTrue();
        assertThat(as(Role.FUNDER).seesFundTotals(ELSEWHERE)).isFalse();
        assertThat(as(Role.NAVIGATOR).seesFundTotals(PILOT)).isFalse();
    }

    // Outreach (step 11).

    @Test
    void outreach_is_logged_by_the_programmes_navigators_and_managers() {
        assertThat(as(Role.NAVIGATOR).recordsOutreach(PILOT)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).recordsOutreach(PILOT)).isTrue();
        assertThat(as(Role.NAVIGATOR).recordsOutreach(ELSEWHERE)).isFalse();
        assertThat(as(Role.FUNDER).recordsOutreach(PILOT)).isFalse();
        assertThat(as(Role.ADMINISTRATOR).recordsOutreach(PILOT)).isFalse();
    }

    @Test
    void the_roles_residents_read_are_edited_by_programme_managers_and_administrators_only() {
        assertThat(as(Role.PROGRAMME_MANAGER).editsCareersContent()).isTrue();
        assertThat(as(Role.ADMINISTRATOR).editsCareersContent()).isTrue();
        for (Role other : java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.PROGRAMME_MANAGER, Role.ADMINISTRATOR))) {
            assertThat(as(other).editsCareersContent()).as(other.code()).isFalse();
        }
        assertThat(AccessScope.NOBODY.editsCareersContent()).isFalse();
    }

    // Reporting (step 10).

    @Test
    void reports_go_to_the_programmes_funders_managers_and_administrators_and_only_managers_see_exact_figures() {
        assertThat(as(Role.FUNDER).seesReports(PILOT)).isTrue();
        assertThat(as(Role.FUNDER).seesReports(ELSEWHERE)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).seesReports(PILOT)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).seesReports(ELSEWHERE)).isFalse();
        assertThat(as(Role.ADMINISTRATOR).seesReports(ELSEWHERE)).isTrue();
        for (Role r : java.util.List.of(Role.NAVIGATOR, Role.TRAINER, Role.MENTOR, Role.EMPLOYER, Role.REFERRAL_PARTNER, Role.PARTICIPANT)) {
            assertThat(as(r).seesReports(PILOT)).as(r.name()).isFalse();
        }
        assertThat(as(Role.PROGRAMME_MANAGER).seesExactFigures(PILOT)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).seesExactFigures(ELSEWHERE)).isFalse();
        assertThat(as(Role.FUNDER).seesExactFigures(PILOT)).isFalse();
        assertThat(as(Role.ADMINISTRATOR).seesExactFigures(PILOT)).isFalse();
    }
    // Safeguarding (step 8).

    @Test
    void only_the_designated_lead_and_deputies_handle_a_concern_once_the_programme_has_a_lead() {
        assertThat(as(Role.NAVIGATOR).handlesConcerns(PILOT, true, true)).isTrue();
        assertThat(as(Role.TRAINER).handlesConcerns(PILOT, true, true)).isTrue();
        assertThat(as(Role.PROGRAMME_MANAGER).handlesConcerns(PILOT, false, true)).isFalse();
        assertThat(as(Role.NAVIGATOR).handlesConcerns(PILOT, false, true)).isFalse();
        assertThat(as(Role.ADMINISTRATOR).handlesConcerns(PILOT, false, false)).isFalse();
    }

    @Test
    void while_a_programme_has_no_lead_its_managers_handle_its_concerns_and_nobody_outside_it_does() {
        assertThat(as(Role.PROGRAMME_MANAGER).handlesConcerns(PILOT, false, false)).isTrue();
        assertThat(as(Role.NAVIGATOR).handlesConcerns(PILOT, false, false)).isFalse();
        assertThat(as(Role.PROGRAMME_MANAGER).handlesConcerns(ELSEWHERE, false, false)).isFalse();
        assertThat(as(Role.NAVIGATOR).handlesConcerns(ELSEWHERE, true, true)).as("a designation outlives taking part").isFalse();
    }

    @Test
    void the_person_who_raised_a_concern_is_known_only_by_their_own_sign_in() {
        assertThat(as(Role.TRAINER).raised(ME)).isTrue();
        assertThat(as(Role.TRAINER).raised(COLLEAGUE)).isFalse();
        assertThat(AccessScope.NOBODY.raised(ME)).isFalse();
    }

    @Test
    void programme_staff_may_be_designated_but_not_hosts_administrators_funders_partners_or_participants() {
        for (Role role : Set.of(Role.PROGRAMME_MANAGER, Role.NAVIGATOR, Role.TRAINER, Role.MENTOR)) {
            assertThat(AccessScope.mayBeDesignated(role, true, true)).as(role.code()).isTrue();
            assertThat(AccessScope.mayBeDesignated(role, false, true)).as("disabled " + role.code()).isFalse();
            assertThat(AccessScope.mayBeDesignated(role, true, false)).as("outside the programme " + role.code()).isFalse();
        }
        for (Role role : Set.of(Role.EMPLOYER, Role.ADMINISTRATOR, Role.FUNDER, Role.REFERRAL_PARTNER, Role.PARTICIPANT)) {
            assertThat(AccessScope.mayBeDesignated(role, true, true)).as(role.code()).isFalse();
        }
    }
}
