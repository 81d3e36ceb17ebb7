package org.anchorage.participant.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.EqualityMonitoring;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.Participants;
import org.anchorage.participant.PersonalDetails;
import org.anchorage.participant.RecordSummary;
import org.anchorage.participant.TimelineEntry;
import org.anchorage.participant.Worklist;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant record as the navigator's hub: an overview, then a page per section (contacts and
 * notes, personal details, timeline, correcting the stage), each with its own forms. Plan, training and
 * placements are sections owned by their modules. Nobody but navigators and managers gets here, and the
 * facade's access policy narrows that to the person's navigator and their programme's managers.
 */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class ParticipantPages {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Map<String, String> TIMELINE_KINDS = Map.ofEntries(Map.entry("enrolled", "Enrolled"), Map.entry("status", "Stage"),
            Map.entry("stage", "Stage"), Map.entry("contact", "Contact"), Map.entry("note", "Note"),
            Map.entry("appointment", "Appointment"), Map.entry("allocated", "Allocated"), Map.entry("referral", "Referral"),
            Map.entry("placement", "Placement"), Map.entry("plan", "Plan"), Map.entry("training", "Training"),
            Map.entry("details", "Details changed"), Map.entry("support", "Support"), Map.entry("barrier-fund", "Barrier fund"),
            Map.entry("work", "Work"), Map.entry("message", "Message"), Map.entry("mentoring", "Mentoring"), Map.entry("wellbeing", "Wellbeing"));

    private final Participants participants;
    private final WorklistCounts counts;

    ParticipantPages(Participants participants, WorklistCounts counts) {
        this.participants = participants;
        this.counts = counts;
    }

    // --- Caseload and worklist ---------------------------------------------------------------------------

    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) String search, @RequestParam(required = false) String status,
                    @RequestParam(defaultValue = "1") String page, Model model) {
        ParticipantStatus chosen = status == null || status.isBlank() ? null : ParticipantStatus.fromCode(status).orElse(null);
        String term = search == null ? "" : search.length() > 100 ? search.substring(0, 100) : search;
        Participants.CaseloadPage found = participants.caseloadPage(CurrentUser.require(), term, chosen, pageNumber(page));
        model.addAttribute("found", found);
        model.addAttribute("entries", found.entries());
        model.addAttribute("search", term);
        model.addAttribute("status", chosen == null ? "" : chosen.code());
        model.addAttribute("statuses", ParticipantStatus.values());
        return "participant/caseload";
    }

    @GetMapping("/worklist")
    String worklist(@RequestParam(required = false) String kind, @RequestParam(required = false) String navigator,
                    @RequestParam(defaultValue = "1") String page, Model model) {
        SignedInUser user = CurrentUser.require();
        org.anchorage.identity.UserId of = null;
        if (navigator != null && !navigator.isBlank()) {
            try {
                of = new org.anchorage.identity.UserId(UUID.fromString(navigator.strip()));
            } catch (IllegalArgumentException e) {
                throw new org.anchorage.shared.RecordNotFound("navigator", navigator);
            }
        }
        boolean manager = user.has(org.anchorage.identity.Role.PROGRAMME_MANAGER);
        if (manager) {
            model.addAttribute("team", participants.team(user));
            if (of == null) {
                // A manager's own work from other modules (a safeguarding concern they lead on) comes before the team.
                model.addAttribute("notices", participants.worklistNotices(user));
            }
        }
        if (!manager || of != null) {
            if (of != null) {
                org.anchorage.identity.UserId chosen = of;
                model.addAttribute("navigatorName", participants.navigatorName(of, user)
                        .orElseThrow(() -> new org.anchorage.shared.RecordNotFound("navigator", chosen)));
                model.addAttribute("navigatorId", of.value());
            }
            Worklist.View view = participants.worklist(user, of, kind, pageNumber(page));
            model.addAttribute("view", view);
            if (of == null) {
                model.addAttribute("notices", participants.worklistNotices(user));
            }
            if (of == null) {
                counts.remember(user.id(), view.overdue());
            }
        }
        return "participant/worklist";
    }

    // --- The record's own sections ---------------------------------------------------------------------------

    @GetMapping("/participants/{id}")
    String overview(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId pid = new ParticipantId(id);
        RecordSummary record = header(pid, user, "overview", model);
        model.addAttribute("participant", participants.open(pid, user));
        model.addAttribute("details", participants.details(pid, user));
        model.addAttribute("evidence", participants.stageEvidence(pid, user).stream()
                .collect(java.util.stream.Collectors.toMap(org.anchorage.participant.StageEvidence::stage, e -> e)));
        model.addAttribute("today", participants.today());
        model.addAttribute("stages", Arrays.stream(ParticipantStatus.values()).filter(s -> s != ParticipantStatus.WITHDRAWN).toList());
        model.addAttribute("due", record.due());
        model.addAttribute("appointments", participants.appointments(pid, user).stream()
                .filter(a -> !a.startsAt().isBefore(participants.today().atStartOfDay(LONDON).toInstant())).limit(5).toList());
        model.addAttribute("recent", participants.timeline(pid, user).stream().limit(5).toList());
        model.addAttribute("kinds", TIMELINE_KINDS);
        return "participant/overview";
    }

    @GetMapping("/participants/{id}/contacts")
    String contacts(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId pid = new ParticipantId(id);
        header(pid, user, "contacts", model);
        model.addAttribute("details", participants.details(pid, user));
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", new RecordForms.ContactForm(null, null));
        }
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", new RecordForms.NoteForm(null));
        }
        if (!model.containsAttribute("appointment")) {
            model.addAttribute("appointment", new RecordForms.AppointmentForm(null, null, null, null, null, null));
        }
        model.addAttribute("ways", RecordForms.CONTACT_WAYS);
        model.addAttribute("appointments", participants.appointments(pid, user));
        model.addAttribute("now", participants.now());
        model.addAttribute("outcomes", Participants.APPOINTMENT_OUTCOMES);
        model.addAttribute("entries", participants.timeline(pid, user).stream()
                .filter(e -> e.kind().equals("contact") || e.kind().equals("note")).toList());
        model.addAttribute("kinds", TIMELINE_KINDS);
        return "participant/contacts";
    }

    @PostMapping("/participants/{id}/contacts")
    String contact(@PathVariable UUID id, @ModelAttribute("contact") RecordForms.ContactForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        form.check(result);
        return save(id, "contacts", result, RecordForms.ContactForm.FIELDS, model, redirect, "Contact recorded",
                () -> participants.recordContact(new ParticipantId(id), form.how(), form.note(), CurrentUser.require()));
    }

    @PostMapping("/participants/{id}/notes")
    String note(@PathVariable UUID id, @ModelAttribute("note") RecordForms.NoteForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        form.check(result);
        return save(id, "contacts", result, RecordForms.NoteForm.FIELDS, model, redirect, "Note added",
                () -> participants.addNote(new ParticipantId(id), form.text(), CurrentUser.require()));
    }

    @PostMapping("/participants/{id}/appointments")
    String appointment(@PathVariable UUID id, @ModelAttribute("appointment") RecordForms.AppointmentForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        java.time.Instant startsAt = form.startsAt(participants.today(), result);
        return save(id, "contacts", result, RecordForms.AppointmentForm.FIELDS, model, redirect, "Appointment booked",
                () -> participants.bookAppointment(new ParticipantId(id), startsAt, form.place(), form.purpose(), CurrentUser.require()));
    }

    /** Whether the person came to an appointment that has started: two buttons, so no field can be left empty by a browser. */
    @PostMapping("/participants/{id}/appointments/outcome")
    String appointmentOutcome(@PathVariable UUID id, @ModelAttribute("outcome") RecordForms.OutcomeForm form,
                              BindingResult result, Model model, RedirectAttributes redirect) {
        UUID appointment = form.check(result);
        return save(id, "contacts", result, RecordForms.OutcomeForm.FIELDS, model, redirect, "Appointment outcome recorded",
                () -> participants.recordAppointmentOutcome(new ParticipantId(id), appointment, form.outcome(), CurrentUser.require()));
    }

    @GetMapping("/participants/{id}/details")
    String details(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId pid = new ParticipantId(id);
        header(pid, user, "details", model);
        model.addAttribute("participant", participants.open(pid, user));
        model.addAttribute("details", participants.details(pid, user));
        model.addAttribute("history", participants.timeline(pid, user).stream().filter(e -> e.kind().equals("details")).toList());
        return "participant/details";
    }

    @GetMapping("/participants/{id}/details/change")
    String changeDetails(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId pid = new ParticipantId(id);
        RecordSummary record = header(pid, user, "details", model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RecordForms.DetailsForm.of(participants.details(pid, user), record.version()));
        }
        model.addAttribute("contactPreferences", PersonalDetails.CONTACT_PREFERENCES);
        model.addAttribute("employmentStatuses", PersonalDetails.EMPLOYMENT_STATUSES);
        model.addAttribute("rightToWork", PersonalDetails.RIGHT_TO_WORK);
        model.addAttribute("selfDeclared", PersonalDetails.SELF_DECLARED);
        return "participant/details-change";
    }

    @PostMapping("/participants/{id}/details")
    String saveDetails(@PathVariable UUID id, @ModelAttribute("form") RecordForms.DetailsForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        PersonalDetails changed = form.details(participants.today(), result);
        if (!result.hasErrors()) {
            try {
                participants.changeDetails(new ParticipantId(id), form.expectedVersion(), changed, CurrentUser.require());
                redirect.addFlashAttribute("success", "Personal details saved");
                return "redirect:/participants/" + id + "/details";
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, RecordForms.DetailsForm.FIELDS));
        return changeDetails(id, model);
    }

    @GetMapping("/participants/{id}/timeline")
    String timeline(@PathVariable UUID id, @RequestParam(required = false) String kind, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId pid = new ParticipantId(id);
        header(pid, user, "timeline", model);
        List<TimelineEntry> all = participants.timeline(pid, user);
        String chosen = kind != null && TIMELINE_KINDS.containsKey(kind) ? kind : null;
        model.addAttribute("entries", chosen == null ? all : all.stream().filter(e -> e.kind().equals(chosen)
                || (chosen.equals("stage") && e.kind().equals("status"))).toList());
        model.addAttribute("present", all.stream().map(TimelineEntry::kind).filter(k -> !k.equals("status")).distinct().sorted().toList());
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", TIMELINE_KINDS);
        return "participant/timeline";
    }

    @GetMapping("/participants/{id}/status")
    String stage(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId pid = new ParticipantId(id);
        RecordSummary record = header(pid, user, "overview", model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RecordForms.StageForm(null, null, String.valueOf(record.version())));
        }
        List<ParticipantStatus> options = participants.correctableStages(pid, user);
        model.addAttribute("options", options);
        model.addAttribute("missing", Arrays.stream(ParticipantStatus.values())
                .filter(s -> s != ParticipantStatus.WITHDRAWN && s != record.status() && !options.contains(s)).toList());
        return "participant/stage";
    }

    @PostMapping("/participants/{id}/status")
    String saveStage(@PathVariable UUID id, @ModelAttribute("form") RecordForms.StageForm form, BindingResult result, Model model,
                     RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasErrors()) {
            try {
                ParticipantStatus next = ParticipantStatus.fromCode(form.status())
                        .orElseThrow(() -> new RuleViolation("status", "Choose the stage"));
                participants.correctStage(new ParticipantId(id), form.expectedVersion(), next, form.reason(), CurrentUser.require());
                redirect.addFlashAttribute("success", "Stage changed to " + next.label().toLowerCase());
                return "redirect:/participants/" + id;
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field().equals("version") ? "status" : e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, RecordForms.StageForm.FIELDS));
        return stage(id, model);
    }

    // --- Equality monitoring (special category) --------------------------------------------------------------

    @GetMapping("/participants/{id}/equality")
    String equality(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participantId = new ParticipantId(id);
        header(participantId, user, "details", model);
        model.addAttribute("participant", participants.open(participantId, user));
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", participants.equality(participantId, user).orElse(null));
        }
        model.addAttribute("ethnicCategories", EqualityMonitoring.ETHNIC_CATEGORIES);
        model.addAttribute("choices", EqualityMonitoring.CHOICES);
        model.addAttribute("questions", Map.of("sex", "Sex", "genderSameAsBirth", "Is your gender the same as the sex you were registered at birth?",
                "sexualOrientation", "Sexual orientation", "disability", "Do you consider yourself to have a disability?",
                "religion", "Religion or belief", "marriageCivilPartnership", "Marriage or civil partnership",
                "pregnancyMaternity", "Pregnancy or maternity"));
        return "participant/equality";
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
        return "redirect:/participants/" + id + "/details";
    }

    // ---------------------------------------------------------------------------------------------------------

    private RecordSummary header(ParticipantId id, SignedInUser user, String section, Model model) {
        RecordSummary record = participants.summary(id, user, section);
        model.addAttribute("record", record);
        return record;
    }

    /** Saves a section's form, or shows the section again with every error in the summary and the values kept. */
    private String save(UUID id, String section, BindingResult result, List<String> fields, Model model, RedirectAttributes redirect,
                        String done, Runnable action) {
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("success", done);
                return "redirect:/participants/" + id + "/" + section;
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, fields));
        return contacts(id, model);
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
