package org.anchorage.outcome.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outcome.OutcomeDefinition;
import org.anchorage.outcome.Outcomes;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.shared.SpreadsheetCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
 * A programme's outcome claims for its managers: the outcomes achieved and claimed (filtered by status and
 * definition), marking one claimed, the list as CSV, and the programme's outcome definitions and job rule.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
class ClaimsPage {

    private final Outcomes outcomes;
    private final Programmes programmes;

    ClaimsPage(Outcomes outcomes, Programmes programmes) {
        this.outcomes = outcomes;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/claims")
    String claims(@PathVariable UUID id, @RequestParam(required = false) String status, @RequestParam(required = false) String definition,
                  Model model) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        var definitions = outcomes.definitions(programme, user);
        model.addAttribute("programme", programmes.getManagedBy(programme, user));
        model.addAttribute("claims", outcomes.claims(programme, status, definition, user));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("definition", definition == null ? "" : definition);
        model.addAttribute("statuses", Outcomes.CLAIM_STATUSES);
        model.addAttribute("definitions", codes(definitions.definitions()));
        return "outcome/claims";
    }

    @GetMapping("/programmes/{id}/claims.csv")
    void csv(@PathVariable UUID id, @RequestParam(required = false) String status, @RequestParam(required = false) String definition,
             HttpServletResponse response) throws IOException {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        var claims = outcomes.claims(programme, status, definition, user);
        String statusPart = status != null && Outcomes.CLAIM_STATUSES.containsKey(status) ? status : "all-statuses";
        String definitionPart = definition == null || definition.isBlank() ? "all-outcomes" : definition.strip().replaceAll("[^a-z0-9-]", "");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"claims-" + statusPart + "-" + definitionPart + ".csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("achievement_id", "participant_id", "person", "job", "job_started_on", "outcome", "outcome_name", "status",
                    "achieved_on", "evidence", "claimed_on", "claimed_by");
            for (var c : claims) {
                // Names, jobs and employers are typed by people: a leading = + - @ must not run as a formula.
                csv.printRecord(c.id(), c.participant().value(), SpreadsheetCell.safe(c.person()), SpreadsheetCell.safe(c.job()),
                        c.jobStartsOn(), c.definition(), SpreadsheetCell.safe(c.definitionName()), c.status(), c.achievedOn(), c.evidence(),
                        c.claimedOn() == null ? "" : c.claimedOn(), c.claimedBy() == null ? "" : SpreadsheetCell.safe(c.claimedBy()));
            }
        }
    }

    @GetMapping("/programmes/{id}/claims/mark")
    String markPage(@PathVariable UUID id, @RequestParam(required = false) String achievement, Model model) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        UUID chosen = uuid(achievement);
        if (chosen == null) {
            outcomes.definitions(programme, user);
            return "redirect:/programmes/" + id + "/claims";
        }
        if (!model.containsAttribute("claimForm")) {
            ClaimForm form = new ClaimForm();
            form.setAchievement(chosen.toString());
            model.addAttribute("claimForm", form);
        }
        return renderMark(programme, chosen, user, model);
    }

    @PostMapping("/programmes/{id}/claims/mark")
    String mark(@PathVariable UUID id, @ModelAttribute("claimForm") ClaimForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        UUID chosen = uuid(form.getAchievement());
        if (chosen == null) {
            // Only a hand-made request names no outcome; after the access check, back to the list.
            outcomes.definitions(programme, user);
            return "redirect:/programmes/" + id + "/claims";
        }
        var claim = outcomes.claim(programme, chosen, user);
        var claimedOn = form.read(result);
        if (!result.hasErrors()) {
            try {
                outcomes.markClaimed(programme, chosen, claimedOn, user);
                redirect.addFlashAttribute("success", "Marked claimed: " + claim.definitionName() + " for " + claim.person());
                return "redirect:/programmes/" + id + "/claims";
            } catch (RuleViolation e) {
                DateInput.reject(result, "claimed", e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, List.of("claimed")));
        return renderMark(programme, chosen, user, model);
    }

    private String renderMark(ProgrammeId programme, UUID achievement, SignedInUser user, Model model) {
        model.addAttribute("programme", programmes.getManagedBy(programme, user));
        model.addAttribute("claim", outcomes.claim(programme, achievement, user));
        return "outcome/claim-mark";
    }

    @GetMapping("/programmes/{id}/outcome-definitions")
    String definitions(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        var definitions = outcomes.definitions(programme, user);
        model.addAttribute("programme", programmes.getManagedBy(programme, user));
        model.addAttribute("definitions", definitions.definitions());
        model.addAttribute("jobRules", definitions.jobRules());
        return "outcome/definitions";
    }

    private static Map<String, String> codes(List<OutcomeDefinition> definitions) {
        Map<String, String> codes = new LinkedHashMap<>();
        definitions.forEach(d -> codes.putIfAbsent(d.code(), d.name()));
        return codes;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
