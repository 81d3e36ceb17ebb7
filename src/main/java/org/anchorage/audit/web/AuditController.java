package org.anchorage.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditQuery;
import org.anchorage.audit.AuditTrail;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.shared.web.RequiresRecentPassword;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the audit trail and check that its hash chain is intact. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditController {

    static final String SEARCH = "audit/search";
    static final int PAGE_SIZE = 200;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @RequiresRecentPassword
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  Model model) {
        List<ErrorSummary.Item> errors = new ArrayList<>();
        AuditAction chosenAction = null;
        if (action != null && !action.isBlank()) {
            try {
                chosenAction = AuditAction.valueOf(action);
            } catch (IllegalArgumentException e) {
                errors.add(new ErrorSummary.Item("#action", "Choose an action from the list"));
            }
        }
        LocalDate fromDate = date(from, "from", "The 'from' date must be a real date, like 2026-11-23", errors);
        LocalDate toDate = date(to, "to", "The 'to' date must be a real date, like 2026-11-23", errors);
        if (over(actor, 254) || over(recordType, 100) || over(recordId, 200)) {
            errors.add(new ErrorSummary.Item("#actor", "Search terms must be shorter"));
        }
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("query", new Query(actor, action, recordType, recordId, from, to));
        if (!errors.isEmpty()) {
            model.addAttribute("errorSummary", new ErrorSummary(errors));
            model.addAttribute("entries", List.of());
            return SEARCH;
        }
        model.addAttribute("entries", audit.search(
                new AuditQuery(actor, chosenAction, recordType, recordId, fromDate, toDate, PAGE_SIZE)));
        return SEARCH;
    }

    @PostMapping("/audit/verification")
    @RequiresRecentPassword
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return search(null, null, null, null, null, null, model);
    }

    record Query(String actor, String action, String recordType, String recordId, String from, String to) {}

    private static LocalDate date(String value, String field, String message, List<ErrorSummary.Item> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new ErrorSummary.Item("#" + field, message));
            return null;
        }
    }

    private static boolean over(String value, int max) {
        return value != null && value.length() > max;
    }
}
