package org.anchorage.support.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.support.BarrierFunds;
import org.anchorage.support.SupportAction;
import org.anchorage.support.SupportActionKind;
import org.anchorage.support.SupportActionOwner;
import org.anchorage.support.SupportActions;
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
 * The record's "Support and funds" section: actions suggested from the latest assessment's barriers, the
 * actions themselves (add, mark done or no longer needed), and requests to the programme's barrier fund.
 */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class SupportActionController {

    static final String PAGE = "support/actions";

    private final Participants participants;
    private final SupportActions actions;
    private final BarrierFunds funds;

    SupportActionController(Participants participants, SupportActions actions, BarrierFunds funds) {
        this.participants = participants;
        this.actions = actions;
        this.funds = funds;
    }

    /** A suggestion's link fills in the barrier and the sort of help, so adding it is one form away. */
    @GetMapping("/participants/{id}/support")
    String page(@PathVariable UUID id, @RequestParam(required = false) String barrier, @RequestParam(required = false) String kind,
                Model model) {
        if (!model.containsAttribute("actionForm")) {
            SupportActionForm form = new SupportActionForm();
            form.setBarrier(Plans.BARRIERS.containsKey(String.valueOf(barrier)) ? barrier : null);
            SupportActionKind.fromCode(String.valueOf(kind)).ifPresent(k -> {
                form.setKind(k.code());
                form.setWhat(k == SupportActionKind.OTHER ? null : k.label());
            });
            model.addAttribute("actionForm", form);
        }
        return render(id, model);
    }

    @PostMapping("/participants/{id}/support/actions")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("actionForm") SupportActionForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        SupportAction.New typed = form.read(result);
        actions.problemsWith(typed).stream().filter(p -> !result.hasFieldErrors(p.field()))
                .forEach(p -> DateInput.reject(result, p.field(), p.getMessage()));
        if (!result.hasErrors()) {
            try {
                actions.add(new ParticipantId(id), typed, CurrentUser.require());
                redirect.addFlashAttribute("success", "Support action added: " + typed.what().strip());
                return "redirect:/participants/" + id + "/support";
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, SupportActionForm.FIELDS));
        return render(id, model);
    }

    /**
     * Done (with what happened, sent as "notes" so the input guard treats it as multi-line text) or no longer
     * needed; a form naming no action goes back to the page.
     */
    @PostMapping("/participants/{id}/support/actions/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) String actionId, @RequestParam(required = false) String version,
                 @RequestParam(required = false) String outcome, @RequestParam(name = "notes", required = false) String happened, Model model,
                 RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        UUID action = uuid(actionId);
        if (action == null) {
            actions.of(new ParticipantId(id), user);
            return "redirect:/participants/" + id + "/support";
        }
        try {
            if (!"done".equals(outcome) && !"not-needed".equals(outcome)) {
                throw new RuleViolation("outcome-" + action, "Choose whether it was done or is no longer needed");
            }
            actions.close(new ParticipantId(id), action, number(version), "done".equals(outcome), happened, user);
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + e.field(), e.getMessage()))));
            model.addAttribute("closeErrors", Map.of(e.field(), e.getMessage()));
            model.addAttribute("actionForm", new SupportActionForm());
            return render(id, model);
        }
        redirect.addFlashAttribute("success", "done".equals(outcome) ? "Support action marked done" : "Support action marked no longer needed");
        return "redirect:/participants/" + id + "/support";
    }

    @PostMapping("/participants/{id}/support/fund-requests")
    String requestMoney(@PathVariable UUID id, @Valid @ModelAttribute("fundForm") SupportActionFundForm form, BindingResult result,
                        Model model, RedirectAttributes redirect) {
        funds.problemsWith(form.request()).stream().filter(p -> !result.hasFieldErrors(p.field()))
                .forEach(p -> DateInput.reject(result, p.field(), p.getMessage()));
        if (!result.hasErrors()) {
            try {
                UUID request = funds.request(new ParticipantId(id), form.request(), CurrentUser.require());
                redirect.addFlashAttribute("success", "Barrier fund request sent for approval");
                return "redirect:/barrier-fund/requests/" + request;
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, SupportActionFundForm.FIELDS));
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new SupportActionForm());
        }
        return render(id, model);
    }

    private String render(UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        model.addAttribute("record", participants.summary(participant, user, "support"));
        model.addAttribute("today", participants.today());
        List<SupportAction> all = actions.of(participant, user);
        model.addAttribute("actions", all);
        model.addAttribute("openActions", all.stream().filter(SupportAction::open).toList());
        model.addAttribute("closedActions", all.stream().filter(a -> !a.open()).toList());
        model.addAttribute("suggestions", actions.suggestions(participant, user));
        model.addAttribute("fundRequests", funds.ofParticipant(participant, user));
        model.addAttribute("barriers", Plans.BARRIERS);
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(SupportActionKind.values()).forEach(k -> kinds.put(k.code(), k.label()));
        model.addAttribute("kinds", kinds);
        Map<String, String> owners = new LinkedHashMap<>();
        Arrays.stream(SupportActionOwner.values()).forEach(o -> owners.put(o.code(), o.label()));
        model.addAttribute("owners", owners);
        if (!model.containsAttribute("fundForm")) {
            model.addAttribute("fundForm", new SupportActionFundForm());
        }
        if (!model.containsAttribute("closeErrors")) {
            model.addAttribute("closeErrors", Map.of());
        }
        return PAGE;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String typed) {
        try {
            return Integer.parseInt(String.valueOf(typed).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
