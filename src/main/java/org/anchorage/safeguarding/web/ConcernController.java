package org.anchorage.safeguarding.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.safeguarding.Answer;
import org.anchorage.safeguarding.Concern;
import org.anchorage.safeguarding.ConcernCategory;
import org.anchorage.safeguarding.ConcernOutcome;
import org.anchorage.safeguarding.Concerns;
import org.anchorage.safeguarding.NewConcern;
import org.anchorage.safeguarding.ReferralAgency;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Raising a concern (anyone who meets the person), the raiser's own reports, and the lead's queue and concern
 * page. Kept outside /participants/{id}/..., as trainers, mentors and hosts cannot open the record.
 */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'NAVIGATOR', 'TRAINER', 'MENTOR', 'EMPLOYER')")
class ConcernController {

    static final String RAISE = "safeguarding/raise";
    static final String OWN_REPORT = "safeguarding/own-report";
    static final String MINE = "safeguarding/mine";
    static final String QUEUE = "safeguarding/queue";
    static final String CONCERN = "safeguarding/concern";

    private final Concerns concerns;
    private final Clock clock;

    ConcernController(Concerns concerns, Clock clock) {
        this.concerns = concerns;
        this.clock = clock;
    }

    @GetMapping("/safeguarding/raise/{id}")
    String raise(@PathVariable UUID id, Model model) {
        model.addAttribute("raising", concerns.raising(new ParticipantId(id), CurrentUser.require()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ConcernForm());
        }
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("answers", answers());
        return RAISE;
    }

    @PostMapping("/safeguarding/raise/{id}")
    String raised(@PathVariable UUID id, @Valid @ModelAttribute("form") ConcernForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        NewConcern concern = form.read(result);
        if (!result.hasErrors()) {
            try {
                UUID concernId = concerns.raise(new ParticipantId(id), concern, user);
                // The confirmation panel is asked for in the address, so it shows however the page is reached after the post.
                return "redirect:/safeguarding/concerns/" + concernId + "?sent=yes";
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ConcernForm.FIELDS));
        return raise(id, model);
    }

    @GetMapping("/safeguarding/concerns/mine")
    String mine(Model model) {
        model.addAttribute("reports", concerns.mine(CurrentUser.require()));
        return MINE;
    }

    @GetMapping("/safeguarding")
    String queue(Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("handles", !concerns.handledProgrammes(user).isEmpty());
        model.addAttribute("open", concerns.queue(user, true));
        model.addAttribute("closed", concerns.queue(user, false));
        model.addAttribute("today", LocalDate.now(clock));
        return QUEUE;
    }

    /** The lead and deputies read the whole concern; the person who raised it, only their own report. */
    @GetMapping("/safeguarding/concerns/{id}")
    String concern(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) String sent,
                   Model model) {
        SignedInUser user = CurrentUser.require();
        if (!concerns.handles(id, user)) {
            model.addAttribute("report", concerns.ownReport(id, user));
            if ("yes".equals(sent)) {
                model.addAttribute("raised", true);
            }
            return OWN_REPORT;
        }
        Concern concern = concerns.concern(id, user);
        model.addAttribute("concern", concern);
        if (!model.containsAttribute("form")) {
            ActionForm form = new ActionForm();
            form.setFlag(concern.flagAllowed() ? "yes" : "no");
            model.addAttribute("form", form);
        }
        model.addAttribute("version", concern.version());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("agencies", options(ReferralAgency.values(), ReferralAgency::code, ReferralAgency::label));
        model.addAttribute("outcomes", options(ConcernOutcome.values(), ConcernOutcome::code, ConcernOutcome::label));
        model.addAttribute("yesNo", Map.of("yes", "Yes, show a flag", "no", "No").entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
        return CONCERN;
    }

    @PostMapping("/safeguarding/concerns/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, @Valid @ModelAttribute("form") ActionForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        return act(id, form, result, model, redirect, "Concern acknowledged",
                user -> concerns.acknowledge(id, version(form), user));
    }

    @PostMapping("/safeguarding/concerns/{id}/decisions")
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("form") ActionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        LocalDate on = form.decisionOn(LocalDate.now(clock), result);
        if (!result.hasFieldErrors("decision") && (form.getDecision() == null || form.getDecision().isBlank())) {
            DateInput.reject(result, "decision", "Enter the decision");
        }
        return act(id, form, result, model, redirect, "Decision recorded",
                user -> concerns.decide(id, version(form), on, form.getDecision(), user));
    }

    @PostMapping("/safeguarding/concerns/{id}/referrals")
    String refer(@PathVariable UUID id, @Valid @ModelAttribute("form") ActionForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        LocalDate on = form.referredOn(LocalDate.now(clock), result);
        ReferralAgency agency = ReferralAgency.fromCode(String.valueOf(form.getAgency())).orElse(null);
        if (agency == null && !result.hasFieldErrors("agency")) {
            DateInput.reject(result, "agency", "Choose who it was referred to");
        }
        return act(id, form, result, model, redirect, "Referral recorded",
                user -> concerns.refer(id, version(form), agency, on, form.getReference(), form.getContact(), form.getNotes(), user));
    }

    @PostMapping("/safeguarding/concerns/{id}/flag")
    String flag(@PathVariable UUID id, @Valid @ModelAttribute("form") ActionForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!"yes".equals(form.getFlag()) && !"no".equals(form.getFlag()) && !result.hasFieldErrors("flag")) {
            DateInput.reject(result, "flag", "Choose whether the navigator may see a flag");
        }
        boolean allowed = "yes".equals(form.getFlag());
        return act(id, form, result, model, redirect, allowed ? "The navigator now sees a safeguarding flag" : "No flag is shown",
                user -> concerns.allowFlag(id, version(form), allowed, user));
    }

    @PostMapping("/safeguarding/concerns/{id}/closure")
    String close(@PathVariable UUID id, @Valid @ModelAttribute("form") ActionForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        ConcernOutcome outcome = ConcernOutcome.fromCode(String.valueOf(form.getOutcome())).orElse(null);
        if (outcome == null && !result.hasFieldErrors("outcome")) {
            DateInput.reject(result, "outcome", "Choose the outcome");
        }
        return act(id, form, result, model, redirect, "Concern closed",
                user -> concerns.close(id, version(form), outcome, form.getOutcomeNotes(), user));
    }

    /** Only the lead and deputies act: anyone else is answered "not found" before the form is looked at. */
    private String act(UUID id, ActionForm form, BindingResult result, Model model, RedirectAttributes redirect, String done,
                       Consumer<SignedInUser> change) {
        SignedInUser user = CurrentUser.require();
        if (!concerns.handles(id, user)) {
            throw new org.anchorage.shared.RecordNotFound(Concerns.RECORD_TYPE, id);
        }
        if (!result.hasErrors()) {
            try {
                change.accept(user);
                redirect.addFlashAttribute("success", done);
                return "redirect:/safeguarding/concerns/" + id;
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ActionForm.FIELDS));
        return concern(id, null, model);
    }

    private static int version(ActionForm form) {
        try {
            return Integer.parseInt(String.valueOf(form.getVersion()).strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("version", "This page is out of date. Open the concern again and try again.");
        }
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        Arrays.stream(Answer.values()).forEach(a -> answers.put(a.code(), a.label()));
        return answers;
    }

    private static <T> Map<String, String> options(T[] values, java.util.function.Function<T, String> code,
                                                   java.util.function.Function<T, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        for (T v : values) {
            options.put(code.apply(v), label.apply(v));
        }
        return options;
    }
}
