package org.anchorage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each person's choices page lists the messages that can reach someone of their role, and nothing else; a participant's
 * own choice is the one kept on their record, so the messages about them follow it and their navigator sees it.
 */
class MessageChoicesIT extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    Participants participants;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private String page(Role role) throws Exception {
        return mvc.perform(get("/account/messages").with(as(role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @AfterEach
    void everythingWantedAgain() {
        participants.ownRecord(demo(Role.PARTICIPANT)).ifPresent(p -> notifications.keepOnlyFor(p.value(),
                java.util.Set.copyOf(MessageKind.optional(java.util.Set.of(MessageKind.RESIDENT)).stream().map(MessageKind::code).toList()),
                demo(Role.PROGRAMME_MANAGER)));
    }

    @Test
    void a_participants_own_choice_is_kept_on_their_record_and_the_messages_about_them_follow_it() throws Exception {
        SignedInUser participant = demo(Role.PARTICIPANT);
        ParticipantId record = participants.ownRecord(participant).orElseThrow();
        mvc.perform(post("/account/messages").param("wanted", "appointment-reminder").with(csrf()).with(as(Role.PARTICIPANT)))
                .andExpect(status().is3xxRedirection());
        assertThat(notifications.optedOut("participant:" + record.value())).contains("mentor-session").doesNotContain("appointment-reminder");
        assertThat(notifications.optedOut("user:" + participant.id().value())).isEmpty();

        UUID id = notifications.queue(NewMessage.of(MessageKind.MENTOR_SESSION, new Recipient("participant:" + record.value(), "Pat",
                "pat.choices@example.org", null, "email", java.util.List.of(), false, false), Map.of("name", "Pat", "mentor", "Mo", "when", "today"))
                .aboutParticipant(record.value()));
        assertThat(jdbc.sql("SELECT status FROM notification_message WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("opted-out");

        // Whoever keeps their record sees the same choice: mentor sessions unticked, reminders ticked.
        String onRecord = mvc.perform(get("/participants/" + record.value() + "/messages").with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(onRecord).containsPattern("value=\"mentor-session\"(?![^>]*checked)");
        assertThat(onRecord).containsPattern("value=\"appointment-reminder\"[^>]*checked");
        assertThat(page(Role.PARTICIPANT)).containsPattern("value=\"mentor-session\"(?![^>]*checked)");
        // ... and the change is on their timeline, said as what they turned off and that it was their own choice.
        String timeline = mvc.perform(get("/participants/" + record.value() + "/timeline").with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(timeline).containsPattern("Message choices: not [^<]*Mentor session[^<]*\\(their own choice\\)");
    }

    @Test
    void each_role_is_offered_only_the_messages_that_can_reach_it_in_words_for_them() throws Exception {
        String participant = page(Role.PARTICIPANT);
        assertThat(participant).contains("After you meet your mentor").contains("When we get a referral for you")
                .doesNotContain("Your referral has moved on").doesNotContain("New safeguarding concern").doesNotContain("Candidate put forward")
                .doesNotContain("their navigator");
        assertThat(page(Role.EMPLOYER)).contains("When a candidate is put forward for one of your organisation").doesNotContain("New safeguarding concern")
                .doesNotContain("Mentor session").doesNotContain("Your referral has moved on");
        assertThat(page(Role.FUNDER)).contains("Anchorage does not send you any messages").doesNotContain("Always sent");
        assertThat(page(Role.REFERRAL_PARTNER)).contains("Your referral has moved on").doesNotContain("New safeguarding concern")
                .doesNotContain("Mentor session");
        assertThat(page(Role.NAVIGATOR)).contains("What is overdue").contains("New safeguarding concern").doesNotContain("Mentor session");
    }
}
