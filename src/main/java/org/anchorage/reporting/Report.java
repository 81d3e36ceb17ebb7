package org.anchorage.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One report as a reader gets it: what it is, for which programme and period, when it was produced, from
 * which data release, whether disclosure control was applied, and its tables (each one chart). Every export
 * (CSV, XLSX, PDF) and the API are drawn from this, so they say the same.
 *
 * @param code        the report's code in addresses and the API ("funnel", "reach", "equality", "outcomes")
 * @param title       its heading, e.g. "Who was reached"
 * @param programme   the programme's name
 * @param from        first day counted (for a funder, the first of a month)
 * @param to          last day counted (for a funder, the last of a month)
 * @param groupBy     the grouping asked for ("none", "local-authority", "target-place", "decile", "source")
 * @param suppressed  true when disclosure control was applied (always for funders and in every export)
 * @param producedAt  when it was produced
 * @param dataRelease the official data it uses (deprivation edition, postcode directory, Census 2021)
 * @param rule        the disclosure rule in one sentence, or the words that no rule was applied
 */
public record Report(String code, String title, String programme, LocalDate from, LocalDate to, String groupBy, boolean suppressed,
                     Instant producedAt, String dataRelease, String rule, List<ReportTable> tables) {

    /**
     * One table: a heading, a sentence saying what it shows, the column headings (the first is the row
     * label's), and its rows. {@code chart} says how it is drawn ("bars" across rows of the first figure
     * column, or "none").
     */
    public record ReportTable(String key, String title, String sentence, List<String> columns, List<Row> rows, String chart) {}

    /** A row: its label and one cell per figure column. */
    public record Row(String label, List<Cell> cells) {}

    /**
     * A figure as shown. {@code value} is the number a chart draws (the rounded count for a suppressed
     * report; null when suppressed or not applicable); {@code shown} is the text ("1–7", "*", "35",
     * "42%", "n/a").
     */
    public record Cell(Double value, String shown) {
        public static Cell of(long n) {
            return new Cell((double) n, Long.toString(n));
        }

        public static Cell text(String shown) {
            return new Cell(null, shown);
        }
    }
}
