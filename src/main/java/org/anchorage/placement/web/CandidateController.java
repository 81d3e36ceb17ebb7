package org.anchorage.placement.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.placement.Candidate;
import org.anchorage.placement.CheckStandard;
import org.anchorage.placement.EmploymentCheck;
import org.anchorage.placement.HostCandidate;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.training.Training;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One candidate on one placement: the navigator puts them forward; the host records the interview, the
 * offer, the checks, the start, attendance and feedback. The host's page is built from the host view only.
 */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYER', 'NAVIGATOR', 'PROGRAMME_MANAGER')")
class CandidateController {

    static final String CANDIDATE = "placement/candidate";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Placements placements;
    private final Plans plans;
    private final Training training;
    private final java.time.Clock clock;

    CandidateController(Placements placements, Plans plans, Training training, java.time.Clock clock) {
        this.placements = placements;
        this.plans = plans;
        this.training = training;
        this.clock = clock;
    }

    @GetMapping("/placements/candidates/{id}")
    String candidate(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        HostCandidate view;
        if (user.has(Role.EMPLOYER)) {
            view = placements.hostView(id, user);
        } else {
            Candidate full = placements.candidate(id, user);
            model.addAttribute("full", full);
            view = HostCandidate.of(full);
            if (full.stage() == org.anchorage.placement.Stage.SUGGESTED && model.getAttribute("form") == null) {
                TypedForm.show(model, defaults(full, user), null);
            }
        }
        PlacementOffer offer = placements.offer(view.placementId(), user);
        model.addAttribute("c", view);
        model.addAttribute("placement", offer);
        // Anyone who meets the person may raise a safeguarding concern: the host from here, staff from the record too.
        model.addAttribute("concernAbout", model.getAttribute("full") instanceof Candidate full ? full.participant().value()
                : placements.personForHost(id, user).map(p -> p.value()).orElse(null));
        model.addAttribute("isEmployer", user.has(Role.EMPLOYER));
        model.addAttribute("whoActs", EmploymentCheck.WHO_ACTS);
        model.addAttribute("statuses", EmploymentCheck.STATUSES);
        model.addAttribute("ratings", RATINGS);
        model.addAttribute("overdue", view.checks().stream().filter(EmploymentCheck::overdue).count());
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        model.addAttribute("thisMonday", today.minusDays(today.getDayOfWeek().getValue() - 1L));
        model.addAttribute("today", today);
        if (view.startedOn() != null) {
            LocalDate end = view.endedOn() != null ? view.endedOn() : offer.endsOn();
            LocalDate midpoint = view.startedOn().plusDays(java.time.temporal.ChronoUnit.DAYS.between(view.startedOn(), end) / 2);
            model.addAttribute("midpoint", midpoint);
            model.addAttribute("midpointDue", !today.isBefore(midpoint)
                    && view.feedback().stream().noneMatch(f -> f.point().equals("midpoint")));
        }
        if (view.offeredOn() != null && view.startedOn() != null) {
            model.addAttribute("offerToStart", java.time.temporal.ChronoUnit.DAYS.between(view.offeredOn(), view.startedOn()));
        }
        if (model.getAttribute("form") == null) {
            TypedForm.show(model, Map.of(), null);
        }
        return CANDIDATE;
    }

    /** What the navigator starts from when putting someone forward: availability and training, never barriers. */
    private Map<String, String> defaults(Candidate c, SignedInUser user) {
        var plan = plans.plan(c.participant(), user);
        String availability = "";
        if (!plan.assessments().isEmpty()) {
            Assessment latest = plan.assessments().getLast();
            availability = (latest.hoursPerWeek() == null ? "" : latest.hoursPerWeek() + " hours a week. ")
                    + latest.shifts().stream().map(Plans.SHIFTS::get).collect(Collectors.joining(", "));
        }
        String courses = training.of(c.participant()).stream().filter(Training.MyTraining::completed)
                .map(Training.MyTraining::course).collect(Collectors.joining(", "));
        long agreed = plan.goals().stream().filter(g -> g.agreed()).count();
        String readiness = (courses.isEmpty() ? "No training completed yet." : "Training completed: " + courses + ".")
                + (agreed > 0 ? " Has " + agreed + " agreed goal" + (agreed == 1 ? "" : "s") + " in a personal plan." : "");
        return Map.of("availability", availability.strip(), "readinessSummary", readiness.strip());
    }

    @PostMapping("/placements/candidates/{id}/put-forward")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String putForward(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Put forward to the host", result -> placements.putForward(id, form.get("availability"),
                form.get("readinessSummary"), form.get("adjustments"), CurrentUser.require()));
    }

    @PostMapping("/placements/candidates/{id}/interview")
    @PreAuthorize("hasRole('EMPLOYER')")
    String interview(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Interview booked", result -> {
            LocalDate day = Forms.date(form, "interviewDate", "The interview date", true, result);
            var time = Forms.time(form.get("interviewTime"), "interviewTime", result);
            // Asked even when a box could not be read, so the date rules are listed with the typing errors;
            // a value that could not be read comes as null, which the facade refuses, so nothing is saved.
            placements.scheduleInterview(id, day, time, CurrentUser.require());
        });
    }

    @PostMapping("/placements/candidates/{id}/outcome")
    @PreAuthorize("hasRole('EMPLOYER')")
    String outcome(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Interview outcome recorded", result -> {
            String outcome = form.getOrDefault("outcome", "");
            if (!outcome.equals("offer") && !outcome.equals("not-selected")) {
                DateInput.reject(result, "outcome", "Choose whether you are offering a place");
            }
            boolean offer = outcome.equals("offer");
            LocalDate planned = offer ? Forms.date(form, "plannedStart", "The planned start date", true, result) : null;
            if (!result.hasFieldErrors("outcome")) {
                placements.recordOutcome(id, offer, form.get("notes"), planned, CurrentUser.require());
            }
        });
    }

    @PostMapping("/placements/candidates/{id}/checks")
    String check(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Check updated", result -> {
            CheckStandard standard = CheckStandard.fromCode(form.getOrDefault("standard", "")).orElse(null);
            if (standard == null) {
                DateInput.reject(result, "standard", "Choose which check");
            }
            LocalDate expires = Forms.date(form, "expiresOn", "The expiry date", false, result);
            if (!result.hasErrors()) {
                placements.updateCheck(id, standard, new Placements.CheckUpdate(form.get("status"), form.get("whoActsNext"), null, null,
                        expires, form.get("evidenceSeen")), CurrentUser.require());
            }
        });
    }

    @PostMapping("/placements/candidates/{id}/start")
    @PreAuthorize("hasRole('EMPLOYER')")
    String start(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Placement started", result -> {
            LocalDate first = Forms.date(form, "startedOn", "The first day", true, result);
            placements.start(id, first, CurrentUser.require());
        });
    }

    @PostMapping("/placements/candidates/{id}/attendance")
    @PreAuthorize("hasRole('EMPLOYER')")
    String attendance(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Attendance confirmed", result -> {
            LocalDate monday = Forms.date(form, "weekStarting", "The week's Monday", true, result);
            var hours = Forms.decimal(form.get("hoursAttended"), "hoursAttended", "Enter the hours attended as a number, like 30", result);
            Integer absent = Forms.integer(form.get("daysAbsent"), "daysAbsent", "Enter days absent as a whole number, like 0", result);
            if (!result.hasErrors()) {
                placements.confirmWeek(id, monday, hours, absent, form.get("note"), CurrentUser.require());
            }
        });
    }

    @PostMapping("/placements/candidates/{id}/feedback")
    @PreAuthorize("hasRole('EMPLOYER')")
    String feedback(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Feedback saved", result -> {
            Integer reliability = Forms.integer(form.get("reliability"), "reliability", "Choose a rating from 1 to 5", result);
            Integer teamwork = Forms.integer(form.get("teamwork"), "teamwork", "Choose a rating from 1 to 5", result);
            Integer communication = Forms.integer(form.get("communication"), "communication", "Choose a rating from 1 to 5", result);
            Integer careValues = Forms.integer(form.get("careValues"), "careValues", "Choose a rating from 1 to 5", result);
            placements.feedback(id, form.get("point"), reliability, teamwork, communication, careValues,
                    form.get("comments"), form.get("jobReady"), CurrentUser.require());
        });
    }

    @PostMapping("/placements/candidates/{id}/end")
    String end(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Placement ended", result -> {
            String how = form.getOrDefault("how", "");
            if (!how.equals("completed") && !how.equals("ended-early")) {
                DateInput.reject(result, "how", "Choose whether the placement was completed or ended early");
            }
            LocalDate last = Forms.date(form, "endedOn", "The last day", true, result);
            if (!result.hasErrors()) {
                placements.end(id, last, how.equals("completed"), form.get("reason"), CurrentUser.require());
            }
        });
    }

    @PostMapping("/placements/candidates/{id}/withdraw")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String withdraw(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return act(id, form, model, redirect, "Withdrawn from the placement",
                result -> placements.withdraw(id, form.get("withdrawReason"), CurrentUser.require()));
    }

    /** Host feedback scores, 1 (a real concern) to 5 (excellent); none is chosen for the host. */
    static final Map<String, String> RATINGS = new java.util.LinkedHashMap<>();

    static {
        for (int n = 1; n <= 5; n++) {
            RATINGS.put(Integer.toString(n), Integer.toString(n));
        }
    }

    /** The longest each free-text field on this page may be, as its column allows. */
    static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("availability", 500),
            Map.entry("readinessSummary", 1000), Map.entry("adjustments", 1000), Map.entry("notes", 2000),
            Map.entry("evidenceSeen", 500), Map.entry("note", 500), Map.entry("comments", 2000), Map.entry("reason", 500),
            Map.entry("withdrawReason", 500));

    /** The order fields appear on the page, for the error summary. */
    static final List<String> FIELDS = List.of("availability", "readinessSummary", "adjustments", "interviewDate", "interviewTime",
            "outcome", "notes", "plannedStart", "standard", "status", "whoActsNext", "evidenceSeen", "expiresOn", "startedOn",
            "checks", "weekStarting", "hoursAttended", "daysAbsent", "note", "point", "reliability", "teamwork", "communication", "careValues",
            "comments", "jobReady", "how", "endedOn", "reason", "withdrawReason");

    /**
     * Every action: read the whole form, collecting every problem; when there are none, do it and go back
     * to the candidate (post-redirect-get); otherwise the page again with all of them in the error summary.
     */
    private String act(UUID id, Map<String, String> form, Model model, RedirectAttributes redirect, String done,
                       Consumer<BindingResult> action) {
        BindingResult result = new MapBindingResult(new HashMap<>(form), "form");
        MAX_LENGTH.forEach((field, max) -> {
            String value = form.get(field);
            if (value != null && value.strip().length() > max) {
                DateInput.reject(result, field, "Keep it to " + max + " characters or fewer");
            }
        });
        if (!result.hasErrors()) {
            try {
                action.accept(result);
            } catch (RuleViolation e) {
                Forms.rule(result, e);
            }
        }
        if (!result.hasErrors()) {
            redirect.addFlashAttribute("success", done);
            return "redirect:/placements/candidates/" + id;
        }
        Forms.errors(model, result, FIELDS);
        TypedForm.show(model, form, result);
        return candidate(id, model);
    }
}
