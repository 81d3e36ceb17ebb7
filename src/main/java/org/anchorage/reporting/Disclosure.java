package org.anchorage.reporting;

import java.util.ArrayList;
import java.util.List;

/** STUB until the disclosure branch merges (replaced by it): exact figures only. */
public final class Disclosure {

    public static final String RULE = "Counts are rounded to the nearest 5; 1 to 7 is shown as 1–7; 0 stays 0.";

    private Disclosure() {}

    public static long rounded(long n) {
        return n == 0 ? 0 : n <= 7 ? 0 : Math.round(n / 5.0) * 5;
    }

    public static String cell(long n) {
        return n == 0 ? "0" : n <= 7 ? "1–7" : Long.toString(rounded(n));
    }

    public static Report.ReportTable table(Figures f, boolean suppress) {
        List<String> columns = new ArrayList<>();
        columns.add(f.labelHeading());
        columns.addAll(f.countColumns());
        f.shares().forEach(s -> columns.add(s.heading()));
        List<Report.Row> rows = new ArrayList<>();
        for (Figures.Line l : f.lines()) {
            List<Report.Cell> cells = new ArrayList<>();
            for (Long n : l.counts()) {
                cells.add(n == null ? Report.Cell.text("n/a") : Report.Cell.of(n));
            }
            f.shares().forEach(s -> cells.add(Report.Cell.text("")));
            rows.add(new Report.Row(l.label(), cells));
        }
        return new Report.ReportTable(f.key(), f.title(), f.sentence(), columns, rows, f.chart());
    }
}
