package org.anchorage.opportunities.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.anchorage.opportunities.LiveOpportunities;
import org.anchorage.opportunities.Opportunity;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public "Live opportunities" pages: the list with its search, and one opportunity with its JobPosting markup. */
@Controller
class OpportunityPages {

    private final LiveOpportunities live;
    private final JobPostings postings;

    OpportunityPages(LiveOpportunities live, JobPostings postings) {
        this.live = live;
        this.postings = postings;
    }

    @GetMapping("/opportunities")
    String list(@ModelAttribute("search") SearchForm search, BindingResult result, Model model) {
        LiveOpportunities.Found found = live.search(search.search());
        for (RuleViolation p : found.problems()) {
            DateInput.reject(result, p.field(), p.getMessage());
        }
        if (result.hasErrors()) {
            model.addAttribute("errorSummary", ErrorSummary.of(result, SearchForm.FIELDS));
        }
        model.addAttribute("found", found);
        Map<String, String> families = new LinkedHashMap<>();
        families.put("", "All role families");
        families.putAll(Plans.ROLE_FAMILIES);
        model.addAttribute("roleFamilies", families);
        Map<String, String> miles = new LinkedHashMap<>();
        LiveOpportunities.MILES.forEach(m -> miles.put(m.toString(), "Within " + m + " miles"));
        model.addAttribute("distances", miles);
        String query = search.query();
        model.addAttribute("atomFeed", "/opportunities.atom" + query);
        model.addAttribute("jsonFeed", "/opportunities.json" + query);
        return "opportunities/list";
    }

    @GetMapping("/opportunities/{id}")
    String one(@PathVariable UUID id, Model model) {
        Opportunity o = live.get(id);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/opportunities/{id}").buildAndExpand(id).toUriString();
        model.addAttribute("opportunity", o);
        model.addAttribute("jobPosting", postings.scriptSafe(postings.of(o, url)));
        model.addAttribute("atomFeed", "/opportunities.atom");
        return "opportunities/opportunity";
    }
}
