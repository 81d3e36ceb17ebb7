package org.anchorage.support.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.support.EarlyWarningFlag;
import org.anchorage.support.EarlyWarningRule;
import org.anchorage.support.EarlyWarningRule.Code;
import org.anchorage.support.EarlyWarnings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Early warnings: the record's section (current flags with why and since, acknowledging one, the history)
 * and the programme's rules page for its managers. The facade's access policy narrows who gets in.
 */
@Controller
class EarlyWarningController {

    private final EarlyWarnings warnings;
    private final Participants participants;
    private final Programmes programmes;

    EarlyWarningController(EarlyWarnings warnings, Participants participants, Programmes programmes) {
        this.warnings = warnings;
        this.participants = participants;
        this.programmes = programmes;
    }

    // --- The record's section --------------------------------------------------------------------------------

    @GetMapping("/participants/{id}/warnings")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String flags(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId person = new ParticipantId(id);
        model.addAttribute("record", participants.summary(person, user, "warnings"));
        List<EarlyWarningFlag> flags = warnings.flagsOf(person, user);
        model.addAttribute("current", flags.stream().filter(EarlyWarningFlag::open).toList());
        model.addAttribute("history", flags.stream().filter(f -> !f.open()).toList());
        return "support/warnings";
    }

    @PostMapping("/participants/{id}/warnings")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String acknowledge(@PathVariable UUID id, @RequestParam(required = false) String flag, @RequestParam(required = false) String actionTaken,
                       Model model, RedirectAttributes redirect) {
        UUID chosen = uuid(flag);
        String field = "actionTaken-" + (chosen == null ? "" : chosen);
        try {
            if (chosen == null) {
                // Only a hand-made request sends no warning; answer as for any bad input, after the access check.
                field = "current";
                throw new RuleViolation("flag", "Choose the early warning to acknowledge");
            }
            warnings.acknowledge(new ParticipantId(id), chosen, actionTaken, CurrentUser.require());
            redirect.addFlashAttribute("success", "Early warning acknowledged");
            return "redirect:/participants/" + id + "/warnings";
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + field, e.getMessage()))));
            model.addAttribute("errorFlag", chosen);
            model.addAttribute("errorMessage", e.getMessage());
            model.addAttribute("actionTaken", actionTaken);
            return flags(id, model);
        }
    }

    // --- The programme's rules -------------------------------------------------------------------------------

    @GetMapping("/programmes/{id}/early-warnings")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
    String rules(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        model.addAttribute("programme", programmes.getManagedBy(programme, user));
        List<EarlyWarningRule> rules = warnings.rules(programme, user);
        model.addAttribute("rules", rules);
        if (!model.containsAttribute("values")) {
            Map<String, String> values = new LinkedHashMap<>();
            for (EarlyWarningRule r : rules) {
                values.put(EarlyWarnings.field(r.code(), "enabled"), r.enabled() ? "true" : "");
                values.put(EarlyWarnings.field(r.code(), "threshold"), String.valueOf(r.threshold()));
                values.put(EarlyWarnings.field(r.code(), "low"), r.lowScore() == null ? "" : String.valueOf(r.lowScore()));
                values.put(EarlyWarnings.field(r.code(), "high"), r.highScore() == null ? "" : String.valueOf(r.highScore()));
                values.put(EarlyWarnings.field(r.code(), "version"), String.valueOf(r.version()));
            }
            model.addAttribute("values", values);
            model.addAttribute("errors", Map.of());
        }
        return "support/warning-rules";
    }

    @PostMapping("/programmes/{id}/early-warnings")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
    String changeRules(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        programmes.getManagedBy(programme, user);
        Map<String, String> errors = new LinkedHashMap<>();
        List<EarlyWarningRule> changed = new ArrayList<>();
        for (Code code : Code.values()) {
            Integer threshold = number(form, EarlyWarnings.field(code, "threshold"), code.label() + ": enter a whole number from 1 to "
                    + code.maximum(), errors);
            Integer low = code.hasScores() ? number(form, EarlyWarnings.field(code, "low"),
                    code.label() + ": enter the low score, a whole number from 0 to 10", errors) : null;
            Integer high = code.hasScores() ? number(form, EarlyWarnings.field(code, "high"),
                    code.label() + ": enter the high anxiety score, a whole number from 0 to 10", errors) : null;
            Integer version = number(form, EarlyWarnings.field(code, "version"), "The page is out of date. Reload it.", errors);
            boolean enabled = "true".equals(form.get(EarlyWarnings.field(code, "enabled")));
            changed.add(new EarlyWarningRule(code, enabled, threshold == null ? 0 : threshold, low, high, version == null ? -1 : version));
        }
        for (var problem : EarlyWarnings.problemsWith(changed)) {
            errors.putIfAbsent(problem.getKey(), problem.getValue());
        }
        if (errors.isEmpty()) {
            try {
                warnings.changeRules(programme, changed, user);
                redirect.addFlashAttribute("success", "Early-warning rules saved");
                return "redirect:/programmes/" + id + "/early-warnings";
            } catch (RuleViolation e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        model.addAttribute("values", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", new ErrorSummary(errors.entrySet().stream()
                .map(e -> new ErrorSummary.Item("#" + (e.getKey().startsWith("version") ? "rules" : e.getKey()), e.getValue())).toList()));
        return rules(id, model);
    }

    private static Integer number(Map<String, String> form, String field, String message, Map<String, String> errors) {
        String value = form.get(field);
        try {
            return Integer.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
