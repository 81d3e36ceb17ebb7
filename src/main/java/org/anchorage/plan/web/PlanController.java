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

    @GetMapping("/participants/{id}/plan")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String plan(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("participant", participants.open(new ParticipantId(id), user));
        model.addAttribute("plan", plans.plan(new ParticipantId(id), user));
        model.addAttribute("barrierLabels", Plans.BARRIERS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return PLAN;
    }

    @GetMapping("/participants/{id}/assessments/new")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String newAssessment(@PathVariable UUID id, @RequestParam(required = false) String scale, Model model) {
        model.addAttribute("participant", participants.open(new ParticipantId(id), CurrentUser.require()));
        List<WellbeingScale> scales = plans.scales();
        model.addAttribute("scales", scales);
        model.addAttribute("scale", scales.stream().filter(s -> s.code().equals(scale)).findFirst().orElse(scales.getFirst()));
        model.addAttribute("barriers", Plans.BARRIERS);
        model.addAttribute("roleFamilies", Plans.ROLE_FAMILIES);
        model.addAttribute("shifts", Plans.SHIFTS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
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
            model.addAttribute("errorSummary", ErrorSummary.of(result, ASSESSMENT_FIELDS));
            model.addAttribute("fieldErrors", ErrorSummary.fieldMessages(result));
            return newAssessment(id, form.get("scaleCode"), model);
        }
        redirect.addFlashAttribute("success", "Assessment saved");
        return "redirect:/participants/" + id + "/plan";
    }

    @PostMapping("/participants/{id}/plan")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("planChange") PlanChangeForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        ParticipantId participant = new ParticipantId(id);
        SignedInUser user = CurrentUser.require();
        form.check(result);
        if (!result.hasErrors()) {
            try {
                int version = form.expectedVersion();
                switch (form.action()) {
                    case "goal" -> plans.addGoal(participant, version, form.title(), "yes".equals(form.agreed()),
                            form.step(), form.owner(), form.dueDate(result), user);
                    case "step" -> plans.addStep(participant, version, known(PlanChangeForm.id(form.goal()), form.goal()),
                            form.step(), form.owner(), form.dueDate(result), user);
                    case "done" -> plans.completeStep(participant, version, known(PlanChangeForm.id(form.stepId()), form.stepId()), user);
                    default -> plans.scheduleReview(participant, version, form.reviewDate(result), user);
                }
                redirect.addFlashAttribute("success", "Plan saved");
                return "redirect:/participants/" + id + "/plan";
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, PlanChangeForm.FIELDS));
        model.addAttribute("fieldErrors", ErrorSummary.fieldMessages(result));
        model.addAttribute("form", form.typed());
        return plan(id, model);
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

    private static UUID known(UUID id, String typed) {
        if (id == null) {
            throw new RecordNotFound("plan item", typed);
        }
        return id;
    }
}
