package org.anchorage.outcome.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outcome.JobChange;
import org.anchorage.outcome.JobChanges;
import org.anchorage.outcome.JobStart;
import org.anchorage.outcome.JobStarts;
import org.anchorage.outcome.SustainmentCheck;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.Display;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The record's "Work" section: the person's job starts (latest first, a job they left kept with its checks),
 * each check point done, due, overdue or upcoming, the form for the next check and the form for a job start.
 */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class WorkSection {

    static final String PAGE = "outcome/work";
    /** The facade names dates as the API would; the forms' date inputs are named without "On". */
    private static final Map<String, String> FORM_FIELDS = Map.of("startsOn", "starts", "checkedOn", "checked", "leftOn", "left");

    private final Participants participants;
    private final JobStarts jobStarts;
    private final JobChanges jobChanges;
    private final org.anchorage.outcome.Outcomes outcomes;

    WorkSection(Participants participants, JobStarts jobStarts, JobChanges jobChanges, org.anchorage.outcome.Outcomes outcomes) {
        this.participants = participants;
        this.jobStarts = jobStarts;
        this.jobChanges = jobChanges;
        this.outcomes = outcomes;
    }

    /** The page; {@code job} picks which current job the check and change forms are for (one form each on the page). */
    @GetMapping("/participants/{id}/work")
    String page(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) String job, Model model) {
        return render(id, model, uuid(job));
    }

    @PostMapping("/participants/{id}/work/job-starts")
    String start(@PathVariable UUID id, @ModelAttribute("jobStartForm") JobStartForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        if (!jobStarts.mayRecord(participant, user)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
        JobStart.New typed = form.read(result);
        reject(result, jobStarts.problemsWith(participant, typed), Map.of());
        if (!result.hasErrors()) {
            try {
                jobStarts.record(participant, typed, user);
                redirect.addFlashAttribute("success", "Job start recorded: " + typed.roleTitle().strip() + " at " + typed.employer().strip());
                return "redirect:/participants/" + id + "/work";
            } catch (RuleViolation e) {
                reject(result, List.of(e), Map.of());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, JobStartForm.FIELDS));
        return render(id, model, null);
    }

    @PostMapping("/participants/{id}/work/checks")
    String check(@PathVariable UUID id, @ModelAttribute("checkForm") SustainmentCheckForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        UUID jobStart = uuid(form.getJobStart());
        if (jobStart == null) {
            jobStarts.of(participant, user);
            return "redirect:/participants/" + id + "/work";
        }
        SustainmentCheck.New typed = form.read(result);
        Map<String, String> renamed = Map.of("evidence", "checkEvidence");
        reject(result, jobStarts.checkProblems(participant, jobStart, typed, user), renamed);
        if (!result.hasErrors()) {
            try {
                jobStarts.recordCheck(participant, jobStart, typed, user);
                redirect.addFlashAttribute("success", "left".equals(typed.status()) ? "Check recorded: the person left the job"
                        : typed.weeks() + "-week check recorded");
                return "redirect:/participants/" + id + "/work";
            } catch (RuleViolation e) {
                reject(result, List.of(e), renamed);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, SustainmentCheckForm.FIELDS));
        return render(id, model, jobStart);
    }

    /** Progression in the current job: a pay rise, more or fewer hours, a promotion, from a date on. */
    @PostMapping("/participants/{id}/work/changes")
    String change(@PathVariable UUID id, @ModelAttribute("changeForm") JobChangeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        UUID jobStart = uuid(form.getJobStart());
        if (jobStart == null) {
            jobStarts.of(participant, user);
            return "redirect:/participants/" + id + "/work";
        }
        JobChange.New typed = form.read(result);
        Map<String, String> renamed = Map.of("changesOn", "changes", "kind", "changeKind", "hourlyPay", "changePay",
                "hoursPerWeek", "changeHours", "afcBand", "changeBand", "evidence", "changeEvidence");
        reject(result, jobChanges.problemsWith(participant, jobStart, typed, user), renamed);
        if (!result.hasErrors()) {
            try {
                jobChanges.record(participant, jobStart, typed, user);
                redirect.addFlashAttribute("success", "Change recorded: from " + Display.date(typed.changesOn()) + ", "
                        + JobChanges.KINDS.get(typed.kind()).toLowerCase(java.util.Locale.UK));
                return "redirect:/participants/" + id + "/work";
            } catch (RuleViolation e) {
                reject(result, List.of(e), renamed);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, JobChangeForm.FIELDS));
        model.addAttribute("changeOpen", true);
        return render(id, model, jobStart);
    }

    /** Puts the facade's problems on the form's fields, leaving alone a field that already has an error (an unreadable date). */
    private static void reject(BindingResult result, List<RuleViolation> problems, Map<String, String> renamed) {
        for (RuleViolation p : problems) {
            String field = renamed.getOrDefault(p.field(), FORM_FIELDS.getOrDefault(p.field(), p.field()));
            if (!result.hasFieldErrors(field)) {
                DateInput.reject(result, field, p.getMessage());
            }
        }
    }

    /**
     * The page, with the check and change forms for one current job: the one asked for, or else the one whose
     * check falls soonest (so a check overdue on an older job is never out of reach), or else the newest.
     */
    private String render(UUID id, Model model, UUID job) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        model.addAttribute("record", participants.summary(participant, user, "work"));
        List<JobStart> starts = jobStarts.of(participant, user);
        model.addAttribute("jobStarts", starts);
        List<JobStart> currentJobs = starts.stream().filter(JobStart::current).toList();
        JobStart current = currentJobs.stream().filter(j -> j.id().equals(job)).findFirst()
                .or(() -> currentJobs.stream().filter(j -> j.nextCheck() != null)
                        .min(java.util.Comparator.comparing(j -> j.nextCheck().dueOn())))
                .orElse(currentJobs.isEmpty() ? null : currentJobs.getFirst());
        model.addAttribute("current", current);
        model.addAttribute("currentJobs", currentJobs);
        model.addAttribute("today", participants.today());
        // Each job card's outcomes (templates/outcome/outcomes.html), by job start.
        model.addAttribute("outcomes", outcomes.of(participant, user).stream()
                .collect(java.util.stream.Collectors.toMap(org.anchorage.outcome.JobOutcomes::jobStart, o -> o)));
        if (!model.containsAttribute("jobStartForm")) {
            model.addAttribute("jobStartForm", new JobStartForm());
        }
        if (!model.containsAttribute("checkForm")) {
            SustainmentCheckForm form = new SustainmentCheckForm();
            if (current != null && current.nextCheck() != null) {
                form.setWeeks(String.valueOf(current.nextCheck().weeks()));
            }
            model.addAttribute("checkForm", form);
        }
        if (!model.containsAttribute("changeForm")) {
            model.addAttribute("changeForm", new JobChangeForm());
        }
        Map<String, String> points = new java.util.LinkedHashMap<>();
        if (current != null) {
            current.points().stream().filter(org.anchorage.outcome.CheckPoint::open).forEach(p -> points.put(String.valueOf(p.weeks()),
                    p.weeks() + " weeks, due " + Display.date(p.dueOn()) + " (" + p.stateLabel().toLowerCase(java.util.Locale.UK) + ")"));
        }
        model.addAttribute("checkPoints", points);
        model.addAttribute("roleFamilies", Plans.ROLE_FAMILIES);
        model.addAttribute("employerSectors", JobStarts.EMPLOYER_SECTORS);
        model.addAttribute("changeKinds", JobChanges.KINDS);
        model.addAttribute("contractTypes", JobStarts.CONTRACT_TYPES);
        model.addAttribute("evidenceKinds", JobStarts.EVIDENCE);
        model.addAttribute("checkStatuses", JobStarts.CHECK_STATUSES);
        model.addAttribute("leavingReasons", JobStarts.LEAVING_REASONS);
        return PAGE;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
