package org.anchorage.plan.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.plan.WellbeingScale;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.Display;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.training.Training;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The navigator's view of a plan (assess, goals and steps, reviews) and the participant's own view. */
@Controller
class PlanController {

    static final String PLAN = "plan/plan";
    static final String ASSESS = "plan/assessment-new";
    static final String MINE = "plan/my-plan";
    static final String NEW_GOAL = "plan/goal-new";
    static final String NEW_STEP = "plan/step-new";
    static final List<String> ASSESSMENT_FIELDS = List.of("skills", "barriers", "interests", "hoursPerWeek", "shifts",
            "availability", "adjustments", "scaleId", "score0", "score1", "score2", "score3", "score4", "score5", "score6",
            "score7", "score8", "score9", "score10", "score11", "score12", "score13");

    private final Plans plans;
    private final Participants participants;
    private final Training training;

    PlanController(Plans plans, Participants participants, Training training) {
        this.plans = plans;
        this.participants = participants;
        this.training = training;
    }

    /** The record's "Plan and assessments" section: the latest assessment in full, distance travelled, goals, the review. */
    @GetMapping("/participants/{id}/plan")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String plan(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("record", participants.summary(new ParticipantId(id), user, "plan"));
        model.addAttribute("plan", plans.plan(new ParticipantId(id), user));
        model.addAttribute("barrierLabels", Plans.BARRIERS);
        model.addAttribute("roleFamilies", Plans.ROLE_FAMILIES);
        model.addAttribute("shiftLabels", Plans.SHIFTS);
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm());
        }
        return PLAN;
    }

    @PostMapping("/participants/{id}/plan/review")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String review(@PathVariable UUID id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        var on = form.reviewOn(result);
        if (!result.hasErrors()) {
            try {
                plans.scheduleReview(new ParticipantId(id), version(form.getVersion()), on, CurrentUser.require());
                redirect.addFlashAttribute("success", "Review booked for " + Display.date(on));
                return "redirect:/participants/" + id + "/plan";
            } catch (RuleViolation e) {
                reject(result, e);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ReviewForm.FIELDS));
        return plan(id, model);
    }

    @PostMapping("/participants/{id}/plan/steps/done")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String done(@PathVariable UUID id, @RequestParam(required = false) String stepId, @RequestParam(required = false) String version,
                Model model, RedirectAttributes redirect) {
        UUID step = uuid(stepId);
        if (step == null) {
            return backToPlan(id);
        }
        try {
            plans.completeStep(new ParticipantId(id), version(version), step, CurrentUser.require());
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#goals", e.getMessage()))));
            return plan(id, model);
        }
        redirect.addFlashAttribute("success", "Step marked done");
        return "redirect:/participants/" + id + "/plan";
    }

    @GetMapping("/participants/{id}/plan/goals/new")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String newGoal(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("record", participants.summary(new ParticipantId(id), user, "plan"));
        model.addAttribute("owners", Plans.OWNERS);
        if (!model.containsAttribute("goalForm")) {
            GoalForm form = new GoalForm();
            form.setVersion(Integer.toString(plans.plan(new ParticipantId(id), user).version()));
            model.addAttribute("goalForm", form);
        }
        return NEW_GOAL;
    }

    @PostMapping("/participants/{id}/plan/goals")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String addGoal(@PathVariable UUID id, @Valid @ModelAttribute("goalForm") GoalForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        var steps = form.read(result);
        // The plan's own rules (a due date in the past) beside the form's, so every problem shows at once.
        plans.problemsWith(form.getTitle(), steps).stream().filter(p -> !result.hasFieldErrors(p.field()))
                .forEach(p -> DateInput.reject(result, p.field(), p.getMessage()));
        if (!result.hasErrors()) {
            try {
                plans.addGoal(new ParticipantId(id), version(form.getVersion()), form.getTitle(), form.agreedWithParticipant(),
                        form.sharedWithTheirMentor(), steps, CurrentUser.require());
                redirect.addFlashAttribute("success", "Goal added");
                return "redirect:/participants/" + id + "/plan";
            } catch (RuleViolation e) {
                reject(result, e);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, GoalForm.FIELDS));
        return newGoal(id, model);
    }

    @GetMapping("/participants/{id}/plan/steps/new")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String newStep(@PathVariable UUID id, @RequestParam(required = false) String goal, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        if (uuid(goal) == null) {
            return backToPlan(id);
        }
        model.addAttribute("record", participants.summary(participant, user, "plan"));
        model.addAttribute("goal", plans.goal(participant, uuid(goal), user));
        model.addAttribute("owners", Plans.OWNERS);
        if (!model.containsAttribute("stepForm")) {
            StepForm form = new StepForm();
            form.setGoal(goal);
            form.setVersion(Integer.toString(plans.plan(participant, user).version()));
            model.addAttribute("stepForm", form);
        }
        return NEW_STEP;
    }

    @PostMapping("/participants/{id}/plan/steps")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String addStep(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        UUID goal = uuid(form.getGoal());
        if (goal == null) {
            return backToPlan(id);
        }
        var step = form.getStep1().read("step1", result);
        plans.problemsWith(step, "step1").stream().filter(p -> !result.hasFieldErrors(p.field()))
                .forEach(p -> DateInput.reject(result, p.field(), p.getMessage()));
        if (!result.hasErrors()) {
            try {
                plans.addStep(new ParticipantId(id), version(form.getVersion()), goal, step, CurrentUser.require());
                redirect.addFlashAttribute("success", "Step added");
                return "redirect:/participants/" + id + "/plan";
            } catch (RuleViolation e) {
                reject(result, e);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, StepForm.FIELDS));
        return newStep(id, form.getGoal(), model);
    }

    @GetMapping("/participants/{id}/assessments/new")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String newAssessment(@PathVariable UUID id, @RequestParam(required = false) String scale, Model model) {
        model.addAttribute("record", participants.summary(new ParticipantId(id), CurrentUser.require(), "plan"));
        List<WellbeingScale> scales = plans.scales();
        model.addAttribute("scales", scales);
        model.addAttribute("scale", scales.stream().filter(s -> s.code().equals(scale)).findFirst().orElse(scales.getFirst()));
        model.addAttribute("barriers", Plans.BARRIERS);
        model.addAttribute("roleFamilies", Plans.ROLE_FAMILIES);
        model.addAttribute("shifts", Plans.SHIFTS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
            model.addAttribute("ticked", List.of());
        }
        return ASSESS;
    }

    @PostMapping("/participants/{id}/assessments")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String assess(@PathVariable UUID id, @RequestParam Map<String, String> form,
                  @RequestParam(name = "barriers", required = false) List<String> barriers,
                  @RequestParam(name = "interests", required = false) List<String> interests,
                  @RequestParam(name = "shifts", required = false) List<String> shifts, Model model,
                  RedirectAttributes redirect) {
        // Every problem at once: the scale, each unanswered question, the hours, the lengths the columns allow.
        BindingResult result = new MapBindingResult(new java.util.HashMap<>(form), "form");
        WellbeingScale scale = plans.scales().stream().filter(s -> s.id().toString().equals(form.get("scaleId"))).findFirst()
                .orElse(null);
        if (scale == null) {
            DateInput.reject(result, "scaleId", "Choose a wellbeing scale");
        }
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; scale != null && i < scale.items().size(); i++) {
            try {
                scores.add(Integer.valueOf(form.getOrDefault("score" + i, "").strip()));
            } catch (NumberFormatException e) {
                DateInput.reject(result, "score" + i, "Answer question " + (i + 1) + " with a number from "
                        + scale.minScore() + " to " + scale.maxScore());
            }
        }
        Integer hours = null;
        if (!form.getOrDefault("hoursPerWeek", "").isBlank()) {
            try {
                hours = Integer.valueOf(form.get("hoursPerWeek").strip());
            } catch (NumberFormatException e) {
                DateInput.reject(result, "hoursPerWeek", "Enter hours a week as a whole number, like 16");
            }
        }
        Map.of("skills", 4000, "availability", 1000, "adjustments", 2000).forEach((field, max) -> {
            if (form.getOrDefault(field, "").strip().length() > max) {
                DateInput.reject(result, field, "Keep it to " + max + " characters or fewer");
            }
        });
        if (!result.hasErrors()) {
            try {
                plans.assess(new ParticipantId(id), new Assessment(null, null, null, form.get("skills"),
                        barriers == null ? List.of() : barriers, interests == null ? List.of() : interests, hours,
                        shifts == null ? List.of() : shifts, form.get("availability"), form.get("adjustments"), scale.id(), scores),
                        CurrentUser.require());
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("form", form);
            // The boxes ticked, kept when the page comes back (a map of parameters holds only the first of each).
            List<String> ticked = new ArrayList<>();
            for (List<String> chosen : java.util.Arrays.asList(barriers, interests, shifts)) {
                if (chosen != null) {
                    ticked.addAll(chosen);
                }
            }
            model.addAttribute("ticked", ticked);
            model.addAttribute("errorSummary", ErrorSummary.of(result, ASSESSMENT_FIELDS));
            model.addAttribute("fieldErrors", ErrorSummary.fieldMessages(result));
            return newAssessment(id, form.get("scaleCode"), model);
        }
        redirect.addFlashAttribute("success", "Assessment saved");
        return "redirect:/participants/" + id + "/plan";
    }

    @GetMapping("/my-plan")
    @PreAuthorize("hasRole('PARTICIPANT')")
    String mine(Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId me = participants.ownRecord(user).orElse(null);
        model.addAttribute("linked", me != null);
        if (me != null) {
            model.addAttribute("plan", plans.plan(me, user));
            model.addAttribute("training", training.of(me));
        }
        return MINE;
    }

    /** Each rule the facade found broken, on its field; a stale version as a message for the whole page. */
    private static void reject(BindingResult result, RuleViolation e) {
        List<RuleViolation> all = e instanceof Plans.PlanProblems many ? many.problems() : List.of(e);
        for (RuleViolation v : all) {
            if (v.field().equals("version")) {
                result.reject("stale", v.getMessage());
            } else {
                DateInput.reject(result, v.field(), v.getMessage());
            }
        }
    }

    /** The version the page was built from; one that is not a number is stale, so the facade asks to reload. */
    private static int version(String typed) {
        try {
            return Integer.parseInt(String.valueOf(typed).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A form that names no goal or step (a hand-made request): back to the plan, for those who may see it. */
    private String backToPlan(UUID id) {
        if (!participants.mayActFor(new ParticipantId(id), CurrentUser.require())) {
            throw new RecordNotFound(Plans.RECORD_TYPE, id);
        }
        return "redirect:/participants/" + id + "/plan";
    }
}
