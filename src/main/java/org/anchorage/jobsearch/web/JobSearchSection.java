package org.anchorage.jobsearch.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.jobsearch.Application;
import org.anchorage.jobsearch.Applications;
import org.anchorage.outcome.JobStarts;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RecordNotFound;
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
 * The record's "Job search" section: the person's applications (latest first) with their history and
 * preparation; one application at a time is open for changes (its status, preparation, the job start), so each
 * form is on the page once; and the form for a new application.
 */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class JobSearchSection {

    static final String PAGE = "jobsearch/applications";
    /** The facade names dates as the API would; the forms' date inputs are named without "On". */
    private static final Map<String, String> FORM_FIELDS = Map.of("appliedOn", "applied", "happenedOn", "happened", "interviewOn",
            "interview", "heldOn", "held", "startsOn", "starts");

    private final Participants participants;
    private final Applications applications;

    JobSearchSection(Participants participants, Applications applications) {
        this.participants = participants;
        this.applications = applications;
    }

    @GetMapping("/participants/{id}/applications")
    String page(@PathVariable UUID id, @RequestParam(name = "application", required = false) String application, Model model) {
        return render(id, uuid(application), model);
    }

    @PostMapping("/participants/{id}/applications")
    String add(@PathVariable UUID id, @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        ParticipantId participant = allowed(id);
        Application.New typed = form.read(result);
        reject(result, applications.problemsWith(typed));
        return save(id, null, result, model, ApplicationForm.FIELDS, () -> {
            UUID added = applications.add(participant, typed, CurrentUser.require());
            redirect.addFlashAttribute("success", "Application added: " + typed.roleTitle().strip() + " at " + typed.employer().strip());
            return added;
        });
    }

    @PostMapping("/participants/{id}/applications/status")
    String status(@PathVariable UUID id, @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        ParticipantId participant = allowed(id);
        UUID application = uuid(form.getApplication());
        if (application == null) {
            return "redirect:/participants/" + id + "/applications";
        }
        Application.StatusChange typed = form.read(result);
        reject(result, applications.statusProblems(participant, application, typed, CurrentUser.require()));
        return save(id, application, result, model, StatusForm.FIELDS, () -> {
            applications.move(participant, application, typed, CurrentUser.require());
            redirect.addFlashAttribute("success", "Status changed to " + Applications.STATUSES.get(typed.status()).toLowerCase(java.util.Locale.UK));
            return application;
        });
    }

    @PostMapping("/participants/{id}/applications/preparation")
    String preparation(@PathVariable UUID id, @ModelAttribute("preparationForm") PreparationForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        ParticipantId participant = allowed(id);
        UUID application = uuid(form.getApplication());
        if (application == null) {
            return "redirect:/participants/" + id + "/applications";
        }
        Application.NewPreparation typed = form.read(result);
        reject(result, applications.preparationProblems(participant, application, typed, CurrentUser.require()));
        return save(id, application, result, model, PreparationForm.FIELDS, () -> {
            applications.logPreparation(participant, application, typed, CurrentUser.require());
            redirect.addFlashAttribute("success", Applications.PREPARATION_KINDS.get(typed.kind()) + " logged");
            return application;
        });
    }

    @PostMapping("/participants/{id}/applications/job-start")
    String jobStart(@PathVariable UUID id, @ModelAttribute("startForm") StartForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        ParticipantId participant = allowed(id);
        UUID application = uuid(form.getApplication());
        if (application == null) {
            return "redirect:/participants/" + id + "/applications";
        }
        Application.StartTerms typed = form.read(result);
        reject(result, applications.startProblems(participant, application, typed, CurrentUser.require()));
        return save(id, application, result, model, StartForm.FIELDS, () -> {
            applications.recordStart(participant, application, typed, CurrentUser.require());
            redirect.addFlashAttribute("success", "Job start recorded: the application is started and the person is in work");
            return application;
        });
    }

    /** The person, when this user records their job search; 404 before anything is read otherwise. */
    private ParticipantId allowed(UUID id) {
        ParticipantId participant = new ParticipantId(id);
        if (!applications.mayRecord(participant, CurrentUser.require())) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
        return participant;
    }

    /** Saves when the form has no errors and goes back to the application (post-redirect-get); else the page with every error. */
    private String save(UUID id, UUID application, BindingResult result, Model model, List<String> fields, Supplier<UUID> action) {
        if (!result.hasErrors()) {
            try {
                UUID saved = action.get();
                return "redirect:/participants/" + id + "/applications?application=" + saved + "#application-" + saved;
            } catch (RuleViolation e) {
                reject(result, List.of(e));
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, fields));
        return render(id, application, model);
    }

    /** Puts the facade's problems on the form's fields, leaving alone a field that already has an error (an unreadable date). */
    private static void reject(BindingResult result, List<RuleViolation> problems) {
        for (RuleViolation p : problems) {
            String field = FORM_FIELDS.getOrDefault(p.field(), p.field());
            if (!result.hasFieldErrors(field)) {
                DateInput.reject(result, field, p.getMessage());
            }
        }
    }

    private String render(UUID id, UUID selected, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        if (!applications.mayRecord(participant, user)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
        model.addAttribute("record", participants.summary(participant, user, "applications"));
        List<Application> all = applications.of(participant, user);
        model.addAttribute("applications", all);
        // The one open for changes: the one asked for, or the only one still open.
        List<Application> open = all.stream().filter(Application::open).toList();
        Application chosen = all.stream().filter(a -> a.id().equals(selected)).findFirst()
                .orElse(open.size() == 1 ? open.getFirst() : null);
        model.addAttribute("chosen", chosen);
        if (!model.containsAttribute("applicationForm")) {
            model.addAttribute("applicationForm", new ApplicationForm());
        }
        if (chosen != null) {
            if (!model.containsAttribute("statusForm")) {
                StatusForm f = new StatusForm();
                f.setApplication(chosen.id().toString());
                model.addAttribute("statusForm", f);
            }
            if (!model.containsAttribute("preparationForm")) {
                PreparationForm f = new PreparationForm();
                f.setApplication(chosen.id().toString());
                model.addAttribute("preparationForm", f);
            }
            if (!model.containsAttribute("startForm")) {
                model.addAttribute("startForm", StartForm.from(chosen));
            }
        }
        model.addAttribute("roleFamilies", Plans.ROLE_FAMILIES);
        model.addAttribute("endingReasons", Applications.ENDING_REASONS);
        model.addAttribute("preparationKinds", Applications.PREPARATION_KINDS);
        model.addAttribute("contractTypes", JobStarts.CONTRACT_TYPES);
        model.addAttribute("evidenceKinds", JobStarts.EVIDENCE);
        model.addAttribute("employerSectors", JobStarts.EMPLOYER_SECTORS);
        return PAGE;
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
