package org.anchorage.support.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.support.BarrierFund;
import org.anchorage.support.BarrierFundMoney;
import org.anchorage.support.BarrierFundRequest;
import org.anchorage.support.BarrierFunds;
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
 * The barrier fund's pages: a manager's overview (each programme's fund and the requests waiting), one
 * programme's fund with its budget form, and one request with the decision and the payment.
 */
@Controller
class BarrierFundController {

    static final String OVERVIEW = "support/fund-overview";
    static final String PROGRAMME = "support/fund-programme";
    static final String REQUEST = "support/fund-request";
    static final Map<String, String> DECISIONS = new LinkedHashMap<>();

    static {
        DECISIONS.put("approve", "Approve");
        DECISIONS.put("refuse", "Refuse");
    }

    private final BarrierFunds funds;

    BarrierFundController(BarrierFunds funds) {
        this.funds = funds;
    }

    @GetMapping("/barrier-fund")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    String overview(Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("funds", funds.fundsManagedBy(user));
        model.addAttribute("waiting", funds.waiting(user));
        model.addAttribute("me", user.id());
        return OVERVIEW;
    }

    @GetMapping("/programmes/{id}/barrier-fund")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    String programme(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        var fund = funds.fund(new ProgrammeId(id), user);
        if (!model.containsAttribute("budgetForm")) {
            BarrierFundForms.Budget form = new BarrierFundForms.Budget();
            fund.ifPresent(f -> form.fill(BarrierFundMoney.plain(f.budgetPence()), f.yearStartsOn(), f.yearEndsOn(), f.version()));
            model.addAttribute("budgetForm", form);
        }
        model.addAttribute("programmeId", id);
        model.addAttribute("programmeName", funds.fundsManagedBy(user).keySet().stream()
                .filter(p -> p.id().value().equals(id)).findFirst().map(p -> p.name()).orElse("Programme"));
        model.addAttribute("fund", fund.orElse(null));
        model.addAttribute("requests", funds.requestsToManage(new ProgrammeId(id), user));
        return PROGRAMME;
    }

    @PostMapping("/programmes/{id}/barrier-fund")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    String setBudget(@PathVariable UUID id, @Valid @ModelAttribute("budgetForm") BarrierFundForms.Budget form, BindingResult result,
                     Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        funds.fund(new ProgrammeId(id), user);
        var starts = form.starts(result);
        var ends = form.ends(result);
        funds.problemsWithBudget(form.getBudget(), starts, ends).stream().filter(p -> !result.hasFieldErrors(p.field()))
                .forEach(p -> DateInput.reject(result, p.field(), p.getMessage()));
        if (!result.hasErrors()) {
            try {
                BarrierFund saved = funds.setBudget(new ProgrammeId(id), form.getBudget(), starts, ends, form.versionNumber(), user);
                redirect.addFlashAttribute("success", "Barrier fund budget set to " + saved.budget());
                return "redirect:/programmes/" + id + "/barrier-fund";
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, BarrierFundForms.Budget.FIELDS));
        return programme(id, model);
    }

    @GetMapping("/barrier-fund/requests/{id}")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String request(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        BarrierFundRequest request = funds.request(id, user);
        model.addAttribute("request", request);
        model.addAttribute("mayDecide", funds.mayDecide(request, user));
        model.addAttribute("ownRequest", request.requestedBy().equals(user.id()));
        model.addAttribute("howPaid", BarrierFundRequest.HOW_PAID);
        model.addAttribute("decisions", DECISIONS);
        if (!model.containsAttribute("decisionForm")) {
            BarrierFundForms.Decision form = new BarrierFundForms.Decision();
            form.setVersion(Integer.toString(request.version()));
            model.addAttribute("decisionForm", form);
        }
        if (!model.containsAttribute("spendForm")) {
            BarrierFundForms.Spend form = new BarrierFundForms.Spend();
            form.setAmount(BarrierFundMoney.plain(request.amountPence()));
            model.addAttribute("spendForm", form);
        }
        return REQUEST;
    }

    @PostMapping("/barrier-fund/requests/{id}/decision")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") BarrierFundForms.Decision form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        funds.request(id, user);
        boolean approve = "approve".equals(form.getDecision());
        if (!approve && !"refuse".equals(form.getDecision())) {
            DateInput.reject(result, "decision", "Choose whether to approve or refuse the request");
        }
        if (!result.hasErrors()) {
            try {
                funds.decide(id, number(form.getVersion()), approve, form.getReason(), user);
                redirect.addFlashAttribute("success", approve ? "Request approved" : "Request refused");
                return "redirect:/barrier-fund/requests/" + id;
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, BarrierFundForms.Decision.FIELDS));
        return request(id, model);
    }

    @PostMapping("/barrier-fund/requests/{id}/spend")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String spend(@PathVariable UUID id, @Valid @ModelAttribute("spendForm") BarrierFundForms.Spend form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        funds.request(id, user);
        var paidOn = form.paidOn(result);
        var typed = new BarrierFundRequest.NewSpend(form.getAmount(), paidOn, form.getHowPaid(), form.getReceiptReference());
        funds.problemsWith(typed).stream().filter(p -> !result.hasFieldErrors(p.field()))
                .forEach(p -> DateInput.reject(result, p.field(), p.getMessage()));
        if (!result.hasErrors()) {
            try {
                funds.recordSpend(id, typed, user);
                redirect.addFlashAttribute("success", "Payment recorded");
                return "redirect:/barrier-fund/requests/" + id;
            } catch (RuleViolation e) {
                DateInput.reject(result, e.field(), e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, BarrierFundForms.Spend.FIELDS));
        return request(id, model);
    }

    private static int number(String typed) {
        try {
            return Integer.parseInt(String.valueOf(typed).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
