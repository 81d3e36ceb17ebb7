package org.anchorage.reporting.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.reporting.ProgrammeTargets;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.support.BarrierFundMoney;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's targets and budget lines, kept by its managers, for the "Targets and costs" report. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
class TargetsPage {

    private final ProgrammeTargets targets;
    private final Programmes programmes;

    TargetsPage(ProgrammeTargets targets, Programmes programmes) {
        this.targets = targets;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/targets")
    String page(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ProgrammeTargets.Settings settings = targets.settings(new ProgrammeId(id), user);
        Map<String, String> values = new HashMap<>();
        List<String> codes = List.copyOf(ProgrammeTargets.TARGETABLE.keySet());
        for (int i = 0; i < codes.size(); i++) {
            Integer t = settings.targets().get(codes.get(i));
            values.put("target" + i, t == null ? "" : t.toString());
        }
        for (int n = 1; n <= settings.budget().size(); n++) {
            values.put("budgetName" + n, settings.budget().get(n - 1).name());
            values.put("budgetAmount" + n, BarrierFundMoney.plain(settings.budget().get(n - 1).amountPence()));
        }
        return render(id, values, Map.of(), model, user);
    }

    @PostMapping("/programmes/{id}/targets")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> typed, Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        targets.settings(programme, user); // 404 before reading anything for someone who does not manage it
        List<String> t = new ArrayList<>();
        for (int i = 0; i < ProgrammeTargets.TARGETABLE.size(); i++) {
            t.add(typed.getFirst("target" + i));
        }
        List<String> names = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        for (int n = 1; n <= ProgrammeTargets.BUDGET_LINES; n++) {
            names.add(typed.getFirst("budgetName" + n));
            amounts.add(typed.getFirst("budgetAmount" + n));
        }
        List<RuleViolation> problems = ProgrammeTargets.problemsWith(t, names, amounts);
        if (problems.isEmpty()) {
            targets.save(programme, t, names, amounts, user);
            redirect.addFlashAttribute("success", "Targets and budget saved");
            return "redirect:/programmes/" + id + "/targets";
        }
        Map<String, String> values = new HashMap<>();
        typed.forEach((k, v) -> values.put(k, v.isEmpty() || v.getFirst() == null ? "" : v.getFirst()));
        MapBindingResult result = new MapBindingResult(new HashMap<>(values), "targets");
        problems.forEach(p -> result.rejectValue(p.field(), "invalid", p.getMessage()));
        model.addAttribute("errorSummary", ErrorSummary.of(result, fieldOrder()));
        return render(id, values, ErrorSummary.fieldMessages(result), model, user);
    }

    private static List<String> fieldOrder() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < ProgrammeTargets.TARGETABLE.size(); i++) {
            order.add("target" + i);
        }
        for (int n = 1; n <= ProgrammeTargets.BUDGET_LINES; n++) {
            order.add("budgetName" + n);
            order.add("budgetAmount" + n);
        }
        return order;
    }

    private String render(UUID id, Map<String, String> values, Map<String, String> errors, Model model, SignedInUser user) {
        model.addAttribute("programme", programmes.getManagedBy(new ProgrammeId(id), user));
        model.addAttribute("steps", List.copyOf(ProgrammeTargets.TARGETABLE.values()));
        model.addAttribute("lines", java.util.stream.IntStream.rangeClosed(1, ProgrammeTargets.BUDGET_LINES).boxed().toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "reporting/targets";
    }
}
