package org.anchorage.participant.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.EqualityMonitoring;
import org.anchorage.participant.Participant;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.Participants;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The navigator's caseload and the participant record. Nobody but navigators and managers gets here. */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class ParticipantController {

    static final String CASELOAD = "participant/caseload";
    static final String RECORD = "participant/participant";
    static final String EQUALITY = "participant/equality";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Participants participants;

    ParticipantController(Participants participants) {
        this.participants = participants;
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) String search, @RequestParam(required = false) String status, Model model) {
        ParticipantStatus chosen = status == null || status.isBlank() ? null : ParticipantStatus.fromCode(status).orElse(null);
        String term = search == null ? "" : search.length() > 100 ? search.substring(0, 100) : search;
        model.addAttribute("entries", participants.caseload(CurrentUser.require(), term, chosen));
        model.addAttribute("search", term);
        model.addAttribute("status", chosen == null ? "" : chosen.code());
        model.addAttribute("statuses", ParticipantStatus.values());
        return CASELOAD;
    }

    @GetMapping("/participants/{id}")
    String record(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participantId = new ParticipantId(id);
        Participant participant = participants.open(participantId, user);
        model.addAttribute("participant", participant);
        model.addAttribute("timeline", participants.timeline(participantId, user));
        model.addAttribute("appointments", participants.appointments(participantId, user));
        model.addAttribute("next", java.util.Arrays.stream(ParticipantStatus.values())
                .filter(s -> participant.status().canMoveTo(s)).toList());
        return RECORD;
    }

    @PostMapping("/participants/{id}/contacts")
    String contact(@PathVariable UUID id, @RequestParam(required = false) String how, @RequestParam(required = false) String note,
                   Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Contact recorded", () -> participants.recordContact(new ParticipantId(id), how, note, CurrentUser.require()));
    }

    @PostMapping("/participants/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Note added", () -> participants.addNote(new ParticipantId(id), text, CurrentUser.require()));
    }

    @PostMapping("/participants/{id}/appointments")
    String appointment(@PathVariable UUID id, @RequestParam(required = false) String date, @RequestParam(required = false) String time,
                       @RequestParam(required = false) String place, @RequestParam(required = false) String purpose,
                       Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Appointment booked", () -> {
            LocalDate day;
            LocalTime at;
            try {
                day = LocalDate.parse(String.valueOf(date).strip());
            } catch (DateTimeParseException e) {
                throw new RuleViolation("date", "Enter the date like 2026-12-01");
            }
            try {
                at = LocalTime.parse(String.valueOf(time).strip());
            } catch (DateTimeException e) {
                throw new RuleViolation("time", "Enter the time like 14:30");
            }
            participants.bookAppointment(new ParticipantId(id), day.atTime(at).atZone(LONDON).toInstant(), place, purpose,
                    CurrentUser.require());
        });
    }

    @PostMapping("/participants/{id}/status")
    String status(@PathVariable UUID id, @RequestParam(required = false) String status, @RequestParam(defaultValue = "-1") int version,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Status changed", () -> participants.moveTo(new ParticipantId(id), version,
                ParticipantStatus.fromCode(String.valueOf(status)).orElseThrow(() -> new RuleViolation("status", "Choose the new status")),
                reason, CurrentUser.require()));
    }

    @GetMapping("/participants/{id}/equality")
    String equality(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participantId = new ParticipantId(id);
        Participant participant = participants.open(participantId, user);
        model.addAttribute("participant", participant);
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", participants.equality(participantId, user).orElse(null));
        }
        model.addAttribute("ethnicCategories", EqualityMonitoring.ETHNIC_CATEGORIES);
        model.addAttribute("choices", EqualityMonitoring.CHOICES);
        model.addAttribute("questions", Map.of("sex", "Sex", "genderSameAsBirth", "Is your gender the same as the sex you were registered at birth?",
                "sexualOrientation", "Sexual orientation", "disability", "Do you consider yourself to have a disability?",
                "religion", "Religion or belief", "marriageCivilPartnership", "Marriage or civil partnership",
                "pregnancyMaternity", "Pregnancy or maternity"));
        return EQUALITY;
    }

    @PostMapping("/participants/{id}/equality")
    String saveEquality(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        EqualityMonitoring answers = new EqualityMonitoring(blankToNull(form.get("ethnicCategory")), blankToNull(form.get("sex")),
                blankToNull(form.get("genderSameAsBirth")), blankToNull(form.get("sexualOrientation")),
                blankToNull(form.get("disability")), blankToNull(form.get("religion")),
                blankToNull(form.get("marriageCivilPartnership")), blankToNull(form.get("pregnancyMaternity")), null, null);
        try {
            participants.recordEquality(new ParticipantId(id), answers, CurrentUser.require());
        } catch (RuleViolation e) {
            model.addAttribute("answers", answers);
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + e.field(), e.getMessage()))));
            return equality(id, model);
        }
        redirect.addFlashAttribute("success", "Equality monitoring saved");
        return "redirect:/participants/" + id;
    }

    private String act(UUID id, Model model, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + e.field(), e.getMessage()))));
            return record(id, model);
        }
        redirect.addFlashAttribute("success", done);
        return "redirect:/participants/" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
