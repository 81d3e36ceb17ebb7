package org.anchorage.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.reporting.Report;
import org.anchorage.reporting.Reports;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's reports as JSON, for funders' own dashboards: the same figures as the pages, always under
 * disclosure control (a file or an answer travels), over whole calendar months. Dates are ISO (2026-04-01).
 */
@RestController
@PreAuthorize("hasAnyRole('FUNDER', 'PROGRAMME_MANAGER', 'ADMINISTRATOR')")
class ReportsApiController {

    private final Reports reports;

    ReportsApiController(Reports reports) {
        this.reports = reports;
    }

    /** {@code report}: funnel, reach or equality; {@code groupBy} (funnel): none, local-authority, target-place, decile or source. */
    @GetMapping("/api/v1/programmes/{id}/reports/{report}")
    ResponseEntity<?> report(@PathVariable UUID id, @PathVariable String report, @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to, @RequestParam(required = false) String groupBy) {
        List<Map<String, Object>> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        Reports.Request request = new Reports.Request(start, end, groupBy == null || groupBy.isBlank() ? null : groupBy.strip());
        for (RuleViolation p : Reports.problemsWith(request)) {
            errors.add(ApiProblems.fieldError(p.field(), p.getMessage()));
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "Some parameters are not valid", errors));
        }
        Report r = reports.report(new ProgrammeId(id), report, request, true, CurrentUser.require());
        return ResponseEntity.ok(r);
    }

    private static LocalDate date(String field, String value, List<Map<String, Object>> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 1900 || d.getYear() > 2100) {
                errors.add(ApiProblems.fieldError(field, "Give a real date from 1900 to 2100, like 2026-04-01"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(ApiProblems.fieldError(field, "Give the date as year-month-day, like 2026-04-01"));
            return null;
        }
    }
}
