package org.anchorage.opportunities.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.opportunities.LiveOpportunities;
import org.anchorage.opportunities.Vacancies;
import org.anchorage.opportunities.Vacancy;
import org.anchorage.plan.Plans;
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

/** The vacancies a user manages: the list, posting one, changing and withdrawing it. */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYER', 'PROGRAMME_MANAGER')")
class VacancyPages {

    private final Vacancies vacancies;
    private final LiveOpportunities live;

    VacancyPages(Vacancies vacancies, LiveOpportunities live) {
        this.vacancies = vacancies;
        this.live = live;
    }

    @GetMapping("/vacancies")
    String list(Model model) {
        model.addAttribute("vacancies", vacancies.managedBy(CurrentUser.require()));
        model.addAttribute("today", live.today());
        return "opportunities/vacancies";
    }

    @GetMapping("/vacancies/new")
    String blank(Model model) {
        VacancyForm form = new VacancyForm();
        var choices = vacancies.postingFor(CurrentUser.require());
        if (choices.size() == 1) {
            form.setPostedFor(choices.getFirst().key());
        }
        model.addAttribute("vacancyForm", form);
        return render(null, model);
    }

    @PostMapping("/vacancies")
    String post(@ModelAttribute("vacancyForm") VacancyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        Vacancy.New typed = read(form, result, user);
        if (result.hasErrors()) {
            model.addAttribute("errorSummary", ErrorSummary.of(result, VacancyForm.FIELDS));
            return render(null, model);
        }
        vacancies.post(typed, user);
        redirect.addFlashAttribute("success", "Vacancy posted: " + typed.title().strip());
        return "redirect:/vacancies";
    }

    @GetMapping("/vacancies/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Vacancy v = vacancies.get(id, CurrentUser.require());
        model.addAttribute("vacancyForm", VacancyForm.of(v));
        return render(v, model);
    }

    @PostMapping("/vacancies/{id}")
    String change(@PathVariable UUID id, @ModelAttribute("vacancyForm") VacancyForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        Vacancy v = vacancies.get(id, user);
        if (v.withdrawn()) {
            DateInput.reject(result, "title", "This vacancy was withdrawn, so it cannot be changed");
        }
        Vacancy.New typed = read(form, result, user);
        if (result.hasErrors()) {
            model.addAttribute("errorSummary", ErrorSummary.of(result, VacancyForm.FIELDS));
            return render(v, model);
        }
        vacancies.change(id, typed, user);
        redirect.addFlashAttribute("success", "Vacancy changed: " + typed.title().strip());
        return "redirect:/vacancies";
    }

    @PostMapping("/vacancies/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        Vacancy v = vacancies.get(id, user);
        vacancies.withdraw(id, user);
        redirect.addFlashAttribute("success", "Vacancy withdrawn: " + v.title() + ". It no longer shows on the public pages.");
        return "redirect:/vacancies";
    }

    /** The form's own format checks, then every rule of the facade on fields the form has not already named. */
    private Vacancy.New read(VacancyForm form, BindingResult result, SignedInUser user) {
        Vacancy.New typed = form.read(result);
        DateInput.rejectAll(result, vacancies.problemsWith(typed, user));
        return typed;
    }

    private String render(Vacancy editing, Model model) {
        Map<String, String> postingFor = new LinkedHashMap<>();
        vacancies.postingFor(CurrentUser.require()).forEach(c -> postingFor.put(c.key(), c.label()));
        model.addAttribute("postingFor", postingFor);
        model.addAttribute("roleFamilies", Plans.ROLE_FAMILIES);
        model.addAttribute("bands", Vacancies.AFC_BANDS);
        Map<String, String> per = new LinkedHashMap<>();
        for (Vacancy.PayPer p : Vacancy.PayPer.values()) {
            per.put(p.code(), p == Vacancy.PayPer.YEAR ? "A year (salary)" : "An hour");
        }
        model.addAttribute("payPers", per);
        Map<String, String> contracts = new LinkedHashMap<>();
        for (Vacancy.Contract c : Vacancy.Contract.values()) {
            contracts.put(c.code(), c.label());
        }
        model.addAttribute("contracts", contracts);
        Map<String, String> applyBy = new LinkedHashMap<>();
        applyBy.put("link", "By a link to the employer's own application (https://)");
        applyBy.put("programme", "Through the programme (people refer themselves and a navigator helps them apply)");
        model.addAttribute("applyBys", applyBy);
        model.addAttribute("editing", editing);
        return "opportunities/vacancy-form";
    }
}
