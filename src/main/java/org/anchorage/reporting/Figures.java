package org.anchorage.reporting;

import java.util.List;

/**
 * A table of exact counts, before disclosure control: what the figures are, worked out in SQL. {@link Disclosure}
 * turns it into a {@link Report.ReportTable}, exact for a programme's own managers and suppressed for funders and
 * every export.
 *
 * @param key          a short code for the table, e.g. "funnel" or "reach-by-place"
 * @param title        its heading
 * @param sentence     a sentence saying what it shows (under the chart, and the chart's description)
 * @param labelHeading the heading of the label column, e.g. "Stage" or "Target place"
 * @param countColumns the headings of the count columns, e.g. "People"
 * @param lines        the rows; a null count is "not applicable" (shown "n/a", never suppressed)
 * @param lastLineIsTotal whether the last row is the total of the others (so secondary suppression applies)
 * @param shares       percentage columns appended after the counts, each worked from two count columns (or a
 *                     column over the total row, when {@code denominator} is -1), from the rounded figures when suppressed
 * @param chart        "bars" (a bar per row, of the first count column) or "none"
 * @param publishedColumns count columns that are not about the programme's people (Census residents, the
 *                     programme's own targets): shown exactly under disclosure control, and never hidden
 */
public record Figures(String key, String title, String sentence, String labelHeading, List<String> countColumns, List<Line> lines,
                      boolean lastLineIsTotal, List<Share> shares, String chart, List<Integer> publishedColumns) {

    public Figures {
        publishedColumns = publishedColumns == null ? List.of() : List.copyOf(publishedColumns);
    }

    /** A table whose every count is about the programme's people. */
    public Figures(String key, String title, String sentence, String labelHeading, List<String> countColumns, List<Line> lines,
                   boolean lastLineIsTotal, List<Share> shares, String chart) {
        this(key, title, sentence, labelHeading, countColumns, lines, lastLineIsTotal, shares, chart, List.of());
    }

    /** The same table with these columns marked published (see {@link #publishedColumns}). */
    public Figures published(Integer... columns) {
        return new Figures(key, title, sentence, labelHeading, countColumns, lines, lastLineIsTotal, shares, chart, List.of(columns));
    }

    public record Line(String label, List<Long> counts) {}

    /** A percentage column: numerator column over denominator column (-1: the same column's total row). */
    public record Share(String heading, int numerator, int denominator) {}
}
