package org.anchorage.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.Programme;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Support actions on PostgreSQL: suggested from the latest assessment's barriers, every bad input named at
 * once with nothing saved, on the navigator's worklist until closed, on the timeline, shown to the participant
 * in plain words without staff notes, and hidden from anyone who may not open the record.
 */
class SupportActionsIT extends IntegrationTest {

    @Autowired
    SupportActions actions;

    @Autowired
    Participants participants;

    @Autowired
    ApplicationContext context;

    SupportPeople people;
    Programme programme;

    @BeforeEach
    void aProgrammeOfOurOwn() {
        people = new SupportPeople(context);
        programme = people.programme();
    }

    private SignedInUser navigator() {
        return people.demo(Role.NAVIGATOR);
    }

    private LocalDate today() {
        return participants.today();
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM support_action").query(Long.class).single();
    }

    @Test
    void actions_are_suggested_for_each_barrier_of_the_latest_assessment() {
        ParticipantId person = people.person(programme, "Sky", "transport", "housing");
        var suggestions = actions.suggestions(person, navigator());
        assertThat(suggestions).extracting(SupportActions.Suggestion::barrierLabel).containsExactly("Transport", "Housing");
        assertThat(suggestions.get(0).kinds()).containsExactly(SupportActionKind.TRAVEL_PASS, SupportActionKind.OTHER);
        assertThat(suggestions.get(1).kinds()).contains(SupportActionKind.DEBT_ADVICE, SupportActionKind.HOUSING_ADVICE);
        assertThat(actions.suggestions(people.person(programme, "Unassessed"), navigator())).isEmpty();
    }

    @Test
    void a_form_with_every_field_wrong_names_each_one_and_saves_nothing() throws Exception {
        ParticipantId person = people.person(programme, "Rowan", "transport");
        long before = rows();
        LocalDate yesterday = today().minusDays(1);
        String page = mvc.perform(post("/participants/{id}/support/actions", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("barrier", "not-a-barrier").param("kind", "").param("what", " ").param("owner", "partner")
                        .param("partnerName", "").param("dueDay", String.valueOf(yesterday.getDayOfMonth()))
                        .param("dueMonth", String.valueOf(yesterday.getMonthValue())).param("dueYear", String.valueOf(yesterday.getYear()))
                        .param("notes", "Kept after an error"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("what was typed is kept").contains(">Kept after an error</textarea>");
        assertThat(page).contains("There is a problem").contains("href=\"#barrier\"").contains("href=\"#kind\"")
                .contains("href=\"#what\"").contains("href=\"#partnerName\"").contains("href=\"#due\"")
                .contains("The due date must be today or later").contains("Enter the partner organisation that will do it");
        String noDate = mvc.perform(post("/participants/{id}/support/actions", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("barrier", "transport").param("kind", "travel-pass").param("what", "Bus pass").param("owner", "someone"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noDate).contains("href=\"#owner\"").contains("href=\"#due\"").contains("Enter the date it should be done by");
        assertThat(rows()).isEqualTo(before);
        assertThatThrownBy(() -> actions.add(person, new SupportAction.New("transport", "travel-pass", "Bus pass", "navigator", null,
                yesterday, ""), navigator())).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("due");
    }

    @Test
    void an_action_due_soon_is_on_the_worklist_until_done_and_both_steps_reach_the_timeline() throws Exception {
        ParticipantId person = people.person(programme, "Hazel", "transport");
        LocalDate due = today().plusDays(3);
        mvc.perform(post("/participants/{id}/support/actions", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("barrier", "transport").param("kind", "travel-pass").param("what", "4-week bus pass")
                        .param("owner", "navigator").param("dueDay", String.valueOf(due.getDayOfMonth()))
                        .param("dueMonth", String.valueOf(due.getMonthValue())).param("dueYear", String.valueOf(due.getYear()))
                        .param("notes", "Mentioned rent arrears"))
                .andExpect(status().is3xxRedirection());
        var summary = participants.summary(person, navigator(), "support");
        assertThat(summary.due()).extracting(DueItem::kind, DueItem::what, DueItem::dueOn)
                .contains(org.assertj.core.groups.Tuple.tuple("Support action", "4-week bus pass", due));
        assertThat(summary.due()).filteredOn(d -> d.kind().equals("Support action")).extracting(DueItem::link)
                .containsOnly("/participants/" + person.value() + "/support");

        SupportAction open = actions.of(person, navigator()).getFirst();
        // Done needs what happened; nothing changes without it.
        assertThatThrownBy(() -> actions.close(person, open.id(), open.version(), true, " ", navigator()))
                .isInstanceOf(RuleViolation.class).hasMessage("Say what happened");
        mvc.perform(post("/participants/{id}/support/actions/close", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("actionId", open.id().toString()).param("version", String.valueOf(open.version()))
                        .param("outcome", "done").param("notes", "Pass bought from the fund"))
                .andExpect(status().is3xxRedirection());
        SupportAction done = actions.of(person, navigator()).getFirst();
        assertThat(done.status()).isEqualTo("done");
        assertThat(done.outcome()).isEqualTo("Pass bought from the fund");
        assertThat(done.closedOn()).isEqualTo(today());
        assertThat(participants.summary(person, navigator(), "support").due()).noneMatch(d -> d.kind().equals("Support action"));
        // A stale page cannot close it twice.
        assertThatThrownBy(() -> actions.close(person, open.id(), open.version(), false, "", navigator())).isInstanceOf(RuleViolation.class);
        assertThat(participants.timeline(person, navigator())).extracting(org.anchorage.participant.TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Support action added: 4-week bus pass"))
                .anyMatch(d -> d.equals("Support action done: 4-week bus pass"));
        String page = mvc.perform(get("/participants/{id}/support", person.value()).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Closed actions").contains("Done: Pass bought from the fund");
    }

    @Test
    void the_participant_sees_their_own_actions_in_plain_words_without_staff_notes() {
        ParticipantId person = people.person(programme, "Indigo", "transport", "confidence");
        var account = users.create(new NewUser("indigo." + UUID.randomUUID() + "@support.test", "Indigo Supported", Role.PARTICIPANT,
                navigator().organisationId(), "support-test-password-2026"));
        participants.linkSignIn(person, account.id(), navigator());
        SignedInUser indigo = new SignedInUser(account.id(), account.email(), account.displayName(), Role.PARTICIPANT,
                account.organisationId(), true, null);
        UUID pass = actions.add(person, new SupportAction.New("transport", "travel-pass", "A bus pass for the first month", "navigator",
                null, today().plusDays(4), "Rent arrears: refer for debt advice"), navigator());
        UUID clothes = actions.add(person, new SupportAction.New("confidence", "interview-clothes", "Interview clothes", "partner",
                "Smart Start Essex", today().plusDays(9), ""), navigator());
        UUID dropped = actions.add(person, new SupportAction.New("confidence", "other", "Confidence course", "participant", null,
                today().plusDays(9), ""), navigator());
        var open = actions.of(person, navigator());
        actions.close(person, pass, open.stream().filter(a -> a.id().equals(pass)).findFirst().orElseThrow().version(), true,
                "Bought with staff card 4471", navigator());
        actions.close(person, dropped, 0, false, "", navigator());

        var mine = actions.mine(indigo);
        assertThat(mine).extracting(SupportAction.Mine::what, SupportAction.Mine::who, SupportAction.Mine::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Interview clothes", "Smart Start Essex", "To do"),
                org.assertj.core.groups.Tuple.tuple("A bus pass for the first month", "Your navigator", "Done"));
        assertThat(mine.toString()).doesNotContain("Rent arrears").doesNotContain("staff card");
        assertThat(clothes).isNotNull();
        // Staff are not participants: nothing of anyone's.
        assertThat(actions.mine(navigator())).isEmpty();
    }

    @Test
    void another_navigator_can_neither_see_nor_change_them() {
        ParticipantId person = people.person(programme, "Ash", "digital");
        UUID action = actions.add(person, new SupportAction.New("digital", "digital-access", "A tablet on loan", "mentor", null,
                today().plusDays(2), ""), navigator());
        SignedInUser other = people.colleague(Role.NAVIGATOR);
        assertThatThrownBy(() -> actions.of(person, other)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> actions.close(person, action, 0, false, "", other)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> actions.add(person, new SupportAction.New("digital", "other", "x", "navigator", null, today(), ""), other))
                .isInstanceOf(RecordNotFound.class);
        // An action of another person answers "not found", even to someone who may act for this one.
        ParticipantId someoneElse = people.person(programme, "Elm");
        assertThatThrownBy(() -> actions.close(someoneElse, action, 0, false, "", navigator())).isInstanceOf(RecordNotFound.class);
        assertThat(actions.of(person, people.demo(Role.PROGRAMME_MANAGER))).hasSize(1);
    }
}
