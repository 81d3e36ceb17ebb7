package org.anchorage.training.web;

import java.util.List;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.training.Booking;
import org.anchorage.training.SessionFull;
import org.anchorage.training.Training;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Training section of a participant's record: their bookings, booking them on a session, cancelling. */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class ParticipantTrainingController {

    static final String SECTION = "training/participant-training";
    static final String CHOOSE = "training/participant-sessions";

    private final Training training;
    private final Participants participants;

    ParticipantTrainingController(Training training, Participants participants) {
        this.training = training;
        this.participants = participants;
    }

    @GetMapping("/participants/{id}/training")
    String section(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        model.addAttribute("record", participants.summary(participant, user, "training"));
        model.addAttribute("bookings", training.bookingsOf(participant, user));
        return SECTION;
    }

    /** Upcoming sessions of the person's programmes, each with a button to book them a place. */
    @GetMapping("/participants/{id}/training/sessions")
    String sessions(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        model.addAttribute("record", participants.summary(participant, user, "training"));
        var booked = training.bookingsOf(participant, user).stream().filter(b -> !b.state().equals("Cancelled"))
                .map(Training.PersonBooking::session).toList();
        model.addAttribute("sessions", training.upcoming(user).stream().filter(s -> !booked.contains(s.id())).toList());
        return CHOOSE;
    }

    @PostMapping("/participants/{id}/training/bookings")
    String book(@PathVariable UUID id, @RequestParam(required = false) String sessionId,
                @RequestParam(required = false) String waitingList, Model model, RedirectAttributes redirect) {
        ParticipantId participant = new ParticipantId(id);
        UUID session;
        try {
            session = UUID.fromString(String.valueOf(sessionId).strip());
        } catch (IllegalArgumentException e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#sessions", "Choose a session"))));
            return sessions(id, model);
        }
        try {
            Booking booking = training.book(session, participant, "yes".equals(waitingList), CurrentUser.require());
            redirect.addFlashAttribute("success", booking.status().equals("waiting")
                    ? booking.participantName() + " is on the waiting list" : "Booked " + booking.participantName());
            return "redirect:/participants/" + id + "/training";
        } catch (SessionFull e) {
            model.addAttribute("offerWaitingList", session);
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#session-" + session,
                    e.getMessage()))));
            return sessions(id, model);
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#sessions", e.getMessage()))));
            return sessions(id, model);
        }
    }
}
