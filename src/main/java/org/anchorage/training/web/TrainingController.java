package org.anchorage.training.web;

import java.time.ZoneId;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.training.Booking;
import org.anchorage.training.SessionFull;
import org.anchorage.training.Training;
import org.anchorage.training.TrainingSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The catalogue, sessions and bookings for navigators, and the register for trainers. */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER', 'TRAINER')")
class TrainingController {

    static final String CATALOGUE = "training/catalogue";
    static final String NEW_SESSION = "training/session-new";
    static final String SESSION = "training/session";
    static final String REGISTER = "training/register";
    static final String CANCEL = "training/cancel";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Training training;
    private final Participants participants;
    private final Programmes programmes;
    private final Users users;

    private final java.time.Clock clock;

    TrainingController(Training training, Participants participants, Programmes programmes, Users users, java.time.Clock clock) {
        this.clock = clock;
        this.training = training;
        this.participants = participants;
        this.programmes = programmes;
        this.users = users;
    }

    @GetMapping("/training")
    String catalogue(Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("courses", training.catalogue());
        model.addAttribute("sessions", training.upcoming(user));
        model.addAttribute("canSchedule", user.has(Role.PROGRAMME_MANAGER, Role.TRAINER));
        model.addAttribute("refreshers", user.has(Role.NAVIGATOR, Role.PROGRAMME_MANAGER) ? training.refreshersDue(user, 90) : List.of());
        return CATALOGUE;
    }

    @GetMapping("/training/sessions/new")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'TRAINER')")
    String newSession(Model model) {
        return sessionForm(model);
    }

    @PostMapping("/training/sessions")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'TRAINER')")
    String schedule(@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        // Every problem at once: the form's own checks, then the facade's rules (a session in the past).
        SignedInUser user = CurrentUser.require();
        boolean chooseTrainer = !user.has(Role.TRAINER);
        SessionForm.Parsed parsed = form.parse(chooseTrainer, result);
        if (form.startsAt() != null && !form.startsAt().atZone(LONDON).toInstant().isAfter(clock.instant())) {
            DateInput.reject(result, "date", "The session must start in the future");
        }
        if (parsed != null && chooseTrainer && users.inOrganisationWithRole(user.organisationId(), Role.TRAINER).stream()
                .noneMatch(t -> t.id().value().equals(parsed.trainer()))) {
            DateInput.reject(result, "trainerId", "Choose the trainer from the list");
        }
        if (!result.hasErrors()) {
            try {
                UserId trainer = chooseTrainer ? new UserId(parsed.trainer()) : user.id();
                TrainingSession session = training.schedule(parsed.course(), new ProgrammeId(parsed.programme()),
                        parsed.date().atTime(parsed.time()).atZone(LONDON).toInstant(), parsed.venue(), parsed.capacity(),
                        trainer, user);
                redirect.addFlashAttribute("success", "Scheduled " + session.course().title());
                return "redirect:/training/sessions/" + session.id();
            } catch (RuleViolation e) {
                // The facade names the moment "startsAt"; on the page it is the date.
                if (!(e.field().equals("startsAt") && result.hasFieldErrors("date"))) {
                    DateInput.reject(result, e.field().equals("startsAt") ? "date" : e.field(), e.getMessage());
                }
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, SessionForm.FIELDS));
        return sessionForm(model);
    }

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        TrainingSession session = training.session(id, user);
        model.addAttribute("trainingSession", session);
        var bookings = training.bookings(id, "a training session", user);
        model.addAttribute("bookings", bookings);
        // Names of people on other navigators' caseloads are not shown, only how many there are.
        model.addAttribute("othersBooked", Math.max(0, session.booked() + session.waiting() - bookings.size()));
        model.addAttribute("caseload", user.has(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)
                ? participants.caseload(user, "", null) : List.of());
        model.addAttribute("isTrainer", training.runs(session, user));
        model.addAttribute("registerOpen", training.registerOpen(session));
        return SESSION;
    }

    @PostMapping("/training/sessions/{id}/bookings")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String book(@PathVariable UUID id, @RequestParam(required = false) String participantId,
                @RequestParam(required = false) String waitingList, Model model, RedirectAttributes redirect) {
        try {
            UUID participant = uuid(participantId, "participantId", "Choose who to book");
            Booking booking = training.book(id, new ParticipantId(participant), "yes".equals(waitingList), CurrentUser.require());
            redirect.addFlashAttribute("success", booking.status().equals("waiting")
                    ? booking.participantName() + " is on the waiting list" : "Booked " + booking.participantName());
            return "redirect:/training/sessions/" + id;
        } catch (SessionFull e) {
            model.addAttribute("offerWaitingList", participantId);
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#participantId", e.getMessage()))));
            return session(id, model);
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + e.field(), e.getMessage()))));
            return session(id, model);
        }
    }

    @GetMapping("/training/sessions/{id}/register")
    @PreAuthorize("hasAnyRole('TRAINER', 'PROGRAMME_MANAGER')")
    String register(@PathVariable UUID id, Model model) {
        TrainingSession session = training.session(id, CurrentUser.require());
        if (!training.runs(session, CurrentUser.require())) {
            throw new org.anchorage.shared.RecordNotFound("training-session", id);
        }
        model.addAttribute("trainingSession", session);
        model.addAttribute("registerOpen", training.registerOpen(session));
        model.addAttribute("bookings", training.bookings(id, "the register", CurrentUser.require()).stream().filter(b -> b.status().equals("booked")).toList());
        return REGISTER;
    }

    @PostMapping("/training/sessions/{id}/register")
    @PreAuthorize("hasAnyRole('TRAINER', 'PROGRAMME_MANAGER')")
    String saveRegister(@PathVariable UUID id, @RequestParam(name = "attended", required = false) List<String> attended,
                        @RequestParam(name = "completed", required = false) List<String> completed, Model model,
                        RedirectAttributes redirect) {
        try {
            training.register(id, ids(attended), ids(completed), CurrentUser.require());
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#register", e.getMessage()))));
            return register(id, model);
        }
        redirect.addFlashAttribute("success", "Register saved");
        return "redirect:/training/sessions/" + id;
    }

    @GetMapping("/training/bookings/{id}/certificate")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String bookingCertificate(@PathVariable UUID id, @RequestParam(required = false) UUID session, Model model) {
        try {
            return "redirect:/training/certificates/" + training.certificateOfBooking(id, CurrentUser.require()) + ".pdf";
        } catch (RuleViolation e) {
            if (session == null) {
                throw e;
            }
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#bookings", e.getMessage()))));
            return session(session, model);
        }
    }

    @GetMapping("/training/certificates/{id}.pdf")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER', 'PARTICIPANT', 'TRAINER')")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
        String verifyAt = ServletUriComponentsBuilder.fromCurrentContextPath().path(CertificateVerificationController.PATH)
                .toUriString();
        byte[] pdf = training.certificatePdf(id, CurrentUser.require(), verifyAt);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + id + ".pdf\"").body(pdf);
    }

    /** What cancelling does, before it is done: the place goes to the first on the waiting list. */
    @GetMapping("/training/bookings/{id}/cancel")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String confirmCancel(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        Training.BookingView booking = training.booking(id, user);
        model.addAttribute("booking", booking);
        model.addAttribute("record", participants.summary(booking.participant(), user, "training"));
        return CANCEL;
    }

    @PostMapping("/training/bookings/{id}/cancel")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String cancel(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        Training.BookingView booking = training.booking(id, user);
        try {
            String promoted = training.cancel(id, user);
            redirect.addFlashAttribute("success", "Booking cancelled" + (promoted == null ? ""
                    : ". " + promoted + " has been given the place from the waiting list"));
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#cancel", e.getMessage()))));
            return confirmCancel(id, model);
        }
        return "redirect:/participants/" + booking.participant().value() + "/training";
    }

    /** One choice in a list on a form. */
    record Option(String value, String label) {}

    private String sessionForm(Model model) {
        SignedInUser user = CurrentUser.require();
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", new SessionForm());
        }
        model.addAttribute("courses", training.catalogue().stream()
                .map(c -> new Option(c.id().toString(), c.title() + " (" + c.frameworkLabel() + ")")).toList());
        model.addAttribute("programmes", programmes.visibleTo(user).stream()
                .map(p -> new Option(p.id().toString(), p.name())).toList());
        model.addAttribute("trainers", users.inOrganisationWithRole(user.organisationId(), Role.TRAINER).stream()
                .map(t -> new Option(t.id().value().toString(), t.displayName())).toList());
        model.addAttribute("isTrainer", user.has(Role.TRAINER));
        return NEW_SESSION;
    }

    private static Set<UUID> ids(List<String> values) {
        Set<UUID> ids = new HashSet<>();
        if (values != null) {
            for (String v : values) {
                ids.add(uuid(v, "attended", "The register lists someone who is not booked on this session. Reload the page."));
            }
        }
        return ids;
    }

    private static UUID uuid(String value, String field, String message) {
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, message);
        }
    }
}
