package org.anchorage.reporting.web;

import java.util.ArrayList;
import java.util.List;
import org.anchorage.reporting.Disclosure;
import org.anchorage.reporting.Figures;
import org.anchorage.reporting.Report;
import org.anchorage.reporting.internal.ReportChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page that explains disclosure control to funders and evaluators, with a worked example drawn by the same
 * code as the reports. Any signed-in user may read it: it holds no record and no person.
 */
@Controller
class DisclosurePage {

    static final String VIEW = "reporting/disclosure";

    /** An invented table of people reached by target place, the last line its total. */
    static final Figures EXAMPLE = new Figures("example", "People reached, by target place (an invented example)",
            "People reached in each of five target places, as a funder sees them: Purfleet has the most (about 50), then "
                    + "Chafford Hundred (about 25); Grays has 1 to 7, Tilbury's figure is hidden and Aveley has none; about 90 in all.",
            "Target place", List.of("People reached"),
            List.of(line("Grays", 3), line("Tilbury", 12), line("Purfleet", 48), line("Aveley", 0), line("Chafford Hundred", 26),
                    line("All five places", 89)),
            true, List.of(new Figures.Share("Share of all five", 0, -1)), ReportChart.BARS);

    /** One line of the example: the exact count and share a manager sees beside what a funder sees. */
    record ExampleRow(String label, String exact, String exactShare, String shown, String shownShare) {}

    @GetMapping("/reports/disclosure-control")
    String show(Model model) {
        Report.ReportTable exact = Disclosure.table(EXAMPLE, false);
        Report.ReportTable shown = Disclosure.table(EXAMPLE, true);
        List<ExampleRow> rows = new ArrayList<>();
        for (int i = 0; i < exact.rows().size(); i++) {
            var e = exact.rows().get(i).cells();
            var s = shown.rows().get(i).cells();
            rows.add(new ExampleRow(exact.rows().get(i).label(), e.get(0).shown(), e.get(1).shown(), s.get(0).shown(), s.get(1).shown()));
        }
        model.addAttribute("rule", Disclosure.RULE);
        model.addAttribute("example", shown);
        model.addAttribute("exampleRows", rows);
        model.addAttribute("exampleChart", ReportChart.svg(shown));
        return VIEW;
    }

    private static Figures.Line line(String label, long n) {
        return new Figures.Line(label, List.of(n));
    }
}
