package org.anchorage.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.matching.Matching;
import org.anchorage.matching.Proposal;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.participant.PersonalDetails;
import org.anchorage.participant.RecordFlag;
import org.anchorage.placement.Employers;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.programme.Programme;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Flags that change what the service does: under 18 worked out from the date of birth on each day (no night
 * shifts put forward, started or proposed; the host told a young person is coming, never the date of birth),
 * a self-declared learning disability (easy read, a longer induction told to the host without naming it) and
 * care leavers on the record header.
 */
class ServiceFlagsIT extends IntegrationTest {

    @Autowired
    Participants participants;

    @Autowired
    Placements placements;

    @Autowired
    Employers employers;

    @Autowired
    Matching matching;

    @Autowired
    ApplicationContext context;

    SupportPeople people;
    Programme programme;
    SignedInUser navigator;

    @BeforeEach
    void aProgrammeOfOurOwn() {
        people = new SupportPeople(context);
        programme = people.programme();
        navigator = people.demo(Role.NAVIGATOR);
    }

    private List<RecordFlag> flags(ParticipantId person) {
        return participants.summary(person, navigator, "overview").raised();
    }

    private PlacementOffer placement(String shift, LocalDate startsOn) {
        SignedInUser employer = people.demo(Role.EMPLOYER);
        var site = employers.addSite("Flags site " + UUID.randomUUID(), "Rowley Road, Orsett", "RM16 3EU", employer);
        return placements.post(new Placements.NewPlacement(programme.id(), site.id(), null, "Night care assistant", "nursing-support", "2",
                "", new BigDecimal("30"), shift, 1271, startsOn, startsOn.plusDays(83), 3, "enhanced", 16,
                List.of("identity")), employer);
    }

    private void declare(ParticipantId person, String learningDisability, String careLeaver) {
        PersonalDetails d = participants.details(person, navigator);
        participants.changeDetails(person, participants.summary(person, navigator, "details").version(), new PersonalDetails(
                d.preferredName(), d.pronouns(), d.email(), d.phone(), d.contactPreference(), d.addressLine1(), d.addressLine2(), d.town(),
                d.postcode(), d.employmentStatus(), d.rightToWork(), d.rightToWorkUntil(), d.largePrint(), d.easyRead(),
                d.interpreterLanguage(), d.otherNeeds(), learningDisability, careLeaver), navigator);
    }

    @Test
    void under_18_is_worked_out_from_the_date_of_birth_each_day_and_ends_on_the_18th_birthday() {
        clock.fixAt("2027-05-04T09:00");
        ParticipantId person = people.person(programme, "Robin", LocalDate.of(2009, 5, 5), navigator);
        assertThat(flags(person)).extracting(RecordFlag::kind, RecordFlag::text).contains(org.assertj.core.groups.Tuple.tuple(
                "Under 18", "Under 18 until 5 May 2027: no night shifts, and hosts are told a young person is coming"));
        clock.fixAt("2027-05-05T00:30");
        assertThat(flags(person)).extracting(RecordFlag::kind).doesNotContain("Under 18");
        assertThat(participants.serviceNeeds(person, LocalDate.of(2027, 5, 4), "test").under18()).isTrue();
        assertThat(participants.serviceNeeds(person, LocalDate.of(2027, 5, 5), "test").under18()).isFalse();
    }

    @Test
    void a_night_shift_placement_is_never_put_forward_started_or_proposed_for_someone_under_18_on_its_start_date() {
        LocalDate starts = participants.today().plusDays(7);
        PlacementOffer nights = placement("nights", starts);
        ParticipantId young = people.person(programme, "Alder", starts.minusYears(17), navigator, "transport");
        ParticipantId adult = people.person(programme, "Maple", LocalDate.of(1990, 1, 1), navigator, "transport");
        // Matching never proposes the night placement to the young person, though it does to the adult.
        assertThat(matching.proposeFor(young, navigator).proposal().matches()).extracting(Proposal.Match::placement)
                .doesNotContain(nights.id());
        assertThat(matching.proposeFor(adult, navigator).proposal().matches()).extracting(Proposal.Match::placement)
                .contains(nights.id());
        UUID youngCandidate = placements.suggest(nights.id(), young, 60, "test", navigator);
        assertThatThrownBy(() -> placements.putForward(youngCandidate, "Nights", "Ready", "", navigator))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("night shifts, which are not for young workers")
                .hasMessageContaining("under 18 on " + Display.date(starts)).extracting("field").isEqualTo("participantId");
        UUID adultCandidate = placements.suggest(nights.id(), adult, 60, "test", navigator);
        placements.putForward(adultCandidate, "Nights", "Ready", "", navigator);
        assertThat(placements.candidate(adultCandidate, navigator).stage().code()).isEqualTo("put-forward");

    }

    @Test
    void the_host_is_told_a_young_person_is_coming_without_seeing_the_date_of_birth() throws Exception {
        LocalDate starts = participants.today().plusDays(7);
        PlacementOffer days = placement("weekday-days", starts);
        LocalDate born = starts.minusYears(17).plusDays(3);
        ParticipantId young = people.person(programme, "Juniper", born, navigator, "transport");
        UUID candidate = placements.suggest(days.id(), young, 60, "test", navigator);
        placements.putForward(candidate, "Weekdays", "Ready", "", navigator);
        String host = mvc.perform(get("/placements/candidates/{id}", candidate).with(as(Role.EMPLOYER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(host).contains("A young person (under 18) is coming, so young-worker rules apply")
                .doesNotContain(Display.date(born)).doesNotContain(born.toString()).doesNotContain("longer induction");
        ParticipantId adult = people.person(programme, "Oak", LocalDate.of(1990, 1, 1), navigator, "transport");
        UUID adultCandidate = placements.suggest(days.id(), adult, 60, "test", navigator);
        placements.putForward(adultCandidate, "Weekdays", "Ready", "", navigator);
        assertThat(mvc.perform(get("/placements/candidates/{id}", adultCandidate).with(as(Role.EMPLOYER))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("young person");
    }

    @Test
    void a_learning_disability_means_easy_read_and_a_longer_induction_told_to_the_host_without_naming_it() throws Exception {
        LocalDate starts = participants.today().plusDays(7);
        PlacementOffer days = placement("weekday-days", starts);
        ParticipantId person = people.person(programme, "Linden", LocalDate.of(1998, 3, 3), navigator, "confidence");
        assertThat(participants.summary(person, navigator, "overview").needs()).doesNotContain("Easy read");
        declare(person, "yes", null);
        assertThat(participants.summary(person, navigator, "overview").needs()).contains("Easy read");
        UUID candidate = placements.suggest(days.id(), person, 60, "test", navigator);
        placements.putForward(candidate, "Weekdays", "Ready", "", navigator);
        String host = mvc.perform(get("/placements/candidates/{id}", candidate).with(as(Role.EMPLOYER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(host).contains("needs a longer induction and easy-read information").doesNotContainIgnoringCase("learning disab")
                .doesNotContain("young person");
        // The timeline says the question was answered, never the answer.
        assertThat(participants.timeline(person, navigator)).extracting(org.anchorage.participant.TimelineEntry::detail)
                .anyMatch(d -> d.contains("Learning disability question answered")).noneMatch(d -> d.contains("yes"));
        declare(person, "prefer-not-to-say", null);
        assertThat(participants.summary(person, navigator, "overview").needs()).doesNotContain("Easy read");
    }

    @Test
    void a_care_leaver_is_flagged_on_the_record_header_and_a_made_up_answer_is_refused() throws Exception {
        ParticipantId person = people.person(programme, "Cedar", "housing");
        assertThat(flags(person)).extracting(RecordFlag::kind).doesNotContain("Care leaver");
        declare(person, null, "yes");
        assertThat(flags(person)).extracting(RecordFlag::kind).contains("Care leaver");
        String page = mvc.perform(get("/participants/{id}", person.value()).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Care leaver");
        String details = mvc.perform(get("/participants/{id}/details", person.value()).with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(details).contains("Care leaver (self-declared)");
        String refused = mvc.perform(post("/participants/{id}/details", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("contactPreference", "phone").param("phone", "07700 900123").param("postcode", "RM18 7AG")
                        .param("learningDisability", "maybe").param("careLeaver", "yes")
                        .param("version", String.valueOf(participants.summary(person, navigator, "details").version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#learningDisability\"").contains("Choose yes, no or prefer not to say");
    }
}
