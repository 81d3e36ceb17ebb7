package org.anchorage.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.reporting.Report;
import org.anchorage.reporting.Reports;
import org.anchorage.shared.RecordNotFound;
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

/**
 * Reports on pages: the list of programmes a reader has reports for (a funder's start page), a programme's
 * reports, and one report for a period and grouping, each table with its chart and a sentence saying what it
 * shows. A programme's managers see exact counts; funders and administrators see them under disclosure control.
 */
@Controller
@PreAuthorize("hasAnyRole('FUNDER', 'PROGRAMME_MANAGER', 'ADMINISTRATOR')")
class ReportPages {

    private final Reports reports;

    ReportPages(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    String programmes(Model model) {
        model.addAttribute("programmes", reports.programmesFor(CurrentUser.require()));
        return "reporting/programmes";
    }

    @GetMapping("/programmes/{id}/reports")
    String index(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("programme", programme(id, user));
        model.addAttribute("reports", Reports.REPORTS);
        model.addAttribute("exact", reports.exactFor(new ProgrammeId(id), user));
        model.addAttribute("manages", reports.managesTargets(new ProgrammeId(id), user));
        return "reporting/index";
    }

    @GetMapping("/programmes/{id}/reports/{report}")
    String report(@PathVariable UUID id, @PathVariable String report, @ModelAttribute("reportForm") ReportForm form, BindingResult result,
                  Model model) {
        SignedInUser user = CurrentUser.require();
        Programme programme = programme(id, user);
        if (!Reports.REPORTS.containsKey(report)) {
            throw new RecordNotFound(Reports.RECORD_TYPE, id);
        }
        LocalDate from = form.from(result);
        LocalDate to = form.to(result);
        String groupBy = form.getGroupBy() == null || form.getGroupBy().isBlank() ? null : form.getGroupBy().strip();
        Reports.Request request = new Reports.Request(from, to, groupBy);
        for (RuleViolation p : Reports.problemsWith(request)) {
            if (!result.hasFieldErrors(p.field())) {
                DateInput.reject(result, p.field(), p.getMessage());
            }
        }
        model.addAttribute("programme", programme);
        model.addAttribute("code", report);
        model.addAttribute("reportTitle", Reports.REPORTS.get(report));
        model.addAttribute("groupings", Reports.GROUPINGS);
        if (result.hasErrors()) {
            model.addAttribute("errorSummary", ErrorSummary.of(result, ReportForm.FIELDS));
            model.addAttribute("report", null);
            return "reporting/report";
        }
        model.addAttribute("manages", reports.managesTargets(programme.id(), user));
        Report r;
        try {
            r = reports.report(programme.id(), report, request, false, user);
        } catch (RuleViolation e) {
            DateInput.reject(result, e.field(), e.getMessage());
            model.addAttribute("errorSummary", ErrorSummary.of(result, ReportForm.FIELDS));
            model.addAttribute("report", null);
            return "reporting/report";
        }
        form.show(r.from(), r.to());
        form.setGroupBy(r.groupBy());
        model.addAttribute("report", r);
        model.addAttribute("charts", r.tables().stream().map(t -> "bars".equals(t.chart()) ? chart(t) : "").toList());
        // A manager can open the people behind a step's number: each row's label links to them.
        Map<String, String> stepOf = new java.util.HashMap<>();
        if (!r.suppressed() && report.equals("funnel")) {
            reports.steps(programme.id(), r.from(), r.to()).forEach(s -> stepOf.put(org.anchorage.reporting.Milestones.label(s), s));
        }
        model.addAttribute("stepOf", stepOf);
        return "reporting/report";
    }

    /** The report as a file: CSV, XLSX or a tagged PDF, always under disclosure control (a file travels); audited. */
    @GetMapping({"/programmes/{id}/reports/{report}.csv", "/programmes/{id}/reports/{report}.xlsx", "/programmes/{id}/reports/{report}.pdf"})
    org.springframework.http.ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String report,
                                                           @org.springframework.web.bind.annotation.RequestParam(required = false) String from,
                                                           @org.springframework.web.bind.annotation.RequestParam(required = false) String to,
                                                           @org.springframework.web.bind.annotation.RequestParam(required = false) String groupBy,
                                                           jakarta.servlet.http.HttpServletRequest request) {
        SignedInUser user = CurrentUser.require();
        Programme programme = programme(id, user);
        String path = request.getRequestURI();
        String kind = path.substring(path.lastIndexOf('.') + 1);
        // Links from the page carry ISO dates and a known grouping; anything else is named (400), not guessed.
        if ((from != null && !from.isBlank() && iso(from) == null)) {
            throw new RuleViolation("from", "Give the start of the period as year-month-day, like 2026-04-01");
        }
        if ((to != null && !to.isBlank() && iso(to) == null)) {
            throw new RuleViolation("to", "Give the end of the period as year-month-day, like 2027-03-31");
        }
        Reports.Request asked = new Reports.Request(iso(from), iso(to), groupBy == null || groupBy.isBlank() ? null : groupBy.strip());
        Reports.problemsWith(asked).stream().findFirst().ifPresent(p -> {
            throw p;
        });
        Report r = reports.report(programme.id(), report, asked, true, user);
        byte[] body;
        String type;
        switch (kind) {
            case "csv" -> {
                body = org.anchorage.reporting.internal.ReportCsv.write(r);
                type = org.anchorage.reporting.internal.ReportCsv.CONTENT_TYPE;
            }
            case "xlsx" -> {
                body = org.anchorage.reporting.internal.ReportXlsx.write(r);
                type = org.anchorage.reporting.internal.ReportXlsx.CONTENT_TYPE;
            }
            default -> {
                body = org.anchorage.reporting.internal.ReportPdf.write(r);
                type = org.anchorage.reporting.internal.ReportPdf.CONTENT_TYPE;
            }
        }
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Type", type)
                .header("Content-Disposition", "attachment; filename=\"" + org.anchorage.reporting.internal.ReportStatements.fileName(r)
                        + "." + kind + "\"")
                .body(body);
    }

    @GetMapping("/programmes/{id}/reports/funnel/people")
    String people(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) String step,
                  @org.springframework.web.bind.annotation.RequestParam(required = false) String from,
                  @org.springframework.web.bind.annotation.RequestParam(required = false) String to, Model model) {
        SignedInUser user = CurrentUser.require();
        Programme programme = programme(id, user);
        // Missing or unreadable: the programme so far, from its first step.
        LocalDate start = java.util.Optional.ofNullable(iso(from)).orElse(programme.startsOn());
        LocalDate end = java.util.Optional.ofNullable(iso(to)).orElse(reports.today());
        step = step == null || step.isBlank() ? org.anchorage.reporting.Milestones.REFERRED : step.strip();
        model.addAttribute("programme", programme);
        model.addAttribute("people", reports.peopleAt(programme.id(), step, start, end, user));
        model.addAttribute("stepName", org.anchorage.reporting.Milestones.label(step));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("limit", Reports.PEOPLE_SHOWN);
        return "reporting/people";
    }

    private static LocalDate iso(String value) {
        try {
            LocalDate d = value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            return d == null || d.getYear() < DateInput.FIRST_YEAR || d.getYear() > DateInput.LAST_YEAR ? null : d;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String chart(Report.ReportTable table) {
        return org.anchorage.reporting.internal.ReportChart.svg(table);
    }

    private Programme programme(UUID id, SignedInUser user) {
        ProgrammeId programme = new ProgrammeId(id);
        List<Programme> mine = reports.programmesFor(user);
        return mine.stream().filter(p -> p.id().equals(programme)).findFirst()
                .orElseThrow(() -> new RecordNotFound(Reports.RECORD_TYPE, programme));
    }
}
