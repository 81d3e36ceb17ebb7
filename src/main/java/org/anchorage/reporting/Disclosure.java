package org.anchorage.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Disclosure control: NHS England's rule for counts below national level (as in its secondary-care
 * publications), so no person can be picked out of a funder's figures. 0 stays 0; 1 to 7 is shown as "1–7";
 * every other count is rounded to the nearest 5; percentages are worked out from the rounded counts. Where the
 * last row is a total, a column with a single hidden count has a second count hidden ("*"), so the first
 * cannot be worked out by taking the others from the total.
 * <p>
 * Pure rules: no Spring, no database. The exact form of a table (for a programme's own managers) goes through
 * here too, so both forms have the same shape and percentages.
 */
public final class Disclosure {

    /** The rule in one sentence, as every export and page states it. */
    public static final String RULE = "Counts are rounded to the nearest 5, counts of 1 to 7 are shown as \"1–7\" and 0 stays 0, "
            + "percentages are worked out from the rounded counts, and where a hidden count could be worked out from a total "
            + "another count is hidden too, shown as \"*\" (NHS England's rule for figures below national level).";

    /** What a report says when it shows exact counts (only ever to a programme's own managers). */
    public static final String NO_RULE = "Exact counts: no disclosure control was applied, as this report is for the programme's own managers.";

    /** A count from 1 to 7, hidden. */
    public static final String LOW = "1–7";
    /** A count hidden so that a "1–7" cannot be worked out from its total; also a percentage of a hidden count. */
    public static final String HIDDEN = "*";
    /** A figure that does not apply (a null count), or a percentage of a hidden or zero denominator. */
    public static final String NOT_APPLICABLE = "n/a";

    /** The largest count that is hidden rather than rounded. */
    static final long LARGEST_HIDDEN = 7;

    private Disclosure() {}

    /**
     * The count rounded to the nearest multiple of 5 (8 → 10, 12 → 10, 13 → 15). A count of 1 to 7 is not shown at
     * all under the rule: check {@link #isLow} first, or use {@link #cell}, which does both.
     */
    public static long rounded(long n) {
        requireCount(n);
        return (n + 2) / 5 * 5;
    }

    /** Whether the count is one the rule hides (1 to 7). */
    public static boolean isLow(long n) {
        requireCount(n);
        return n >= 1 && n <= LARGEST_HIDDEN;
    }

    /** A single count as a funder sees it: "0", "1–7", or rounded to the nearest 5. */
    public static String cell(long n) {
        return isLow(n) ? LOW : Long.toString(rounded(n));
    }

    /**
     * The table as a reader gets it: exact ({@code suppress} false: counts as they are, percentages from the exact
     * counts) or under the rule ({@code suppress} true). Column headings are the label heading, the count
     * columns, then the percentage columns.
     */
    public static Report.ReportTable table(Figures f, boolean suppress) {
        int columns = f.countColumns().size();
        int lines = f.lines().size();
        for (Figures.Line line : f.lines()) {
            if (line.counts().size() != columns) {
                throw new IllegalArgumentException("Line \"" + line.label() + "\" of " + f.key() + " has " + line.counts().size()
                        + " counts for " + columns + " count columns");
            }
            line.counts().forEach(n -> {
                if (n != null) {
                    requireCount(n);
                }
            });
        }
        for (Figures.Share share : f.shares()) {
            if (share.numerator() < 0 || share.numerator() >= columns || share.denominator() < -1 || share.denominator() >= columns) {
                throw new IllegalArgumentException("Share \"" + share.heading() + "\" of " + f.key() + " names a column it does not have");
            }
            if (share.denominator() == -1 && !f.lastLineIsTotal()) {
                throw new IllegalArgumentException("Share \"" + share.heading() + "\" of " + f.key() + " is over the total row, "
                        + "but its last line is not a total");
            }
        }

        Shown[][] shown = new Shown[lines][columns];
        for (int i = 0; i < lines; i++) {
            for (int c = 0; c < columns; c++) {
                shown[i][c] = Shown.of(f.lines().get(i).counts().get(c), suppress && !f.publishedColumns().contains(c));
            }
        }
        if (suppress && f.lastLineIsTotal() && lines >= 2) {
            for (int c = 0; c < columns; c++) {
                if (f.publishedColumns().contains(c)) {
                    continue;
                }
                hideASmallGroup(shown, c);
                hideASecondCount(shown, c);
            }
        }

        List<String> headings = new ArrayList<>();
        headings.add(f.labelHeading());
        headings.addAll(f.countColumns());
        f.shares().forEach(s -> headings.add(s.heading()));
        List<Report.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            List<Report.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(shown[i][c].cell());
            }
            for (Figures.Share share : f.shares()) {
                Shown over = share.denominator() == -1 ? shown[lines - 1][share.numerator()] : shown[i][share.denominator()];
                cells.add(percentage(shown[i][share.numerator()], over));
            }
            rows.add(new Report.Row(f.lines().get(i).label(), List.copyOf(cells)));
        }
        return new Report.ReportTable(f.key(), f.title(), f.sentence(), List.copyOf(headings), List.copyOf(rows), f.chart());
    }

    /**
     * A column whose total is 1 to 7 people: its breakdown would tell what each of so few share (one answer
     * shown "1–7" and the rest 0 says all of them gave it), so every cell but the total is hidden, zeros too.
     */
    private static void hideASmallGroup(Shown[][] shown, int c) {
        int total = shown.length - 1;
        Long all = shown[total][c].exact();
        if (all == null || !isLow(all)) {
            return;
        }
        for (int i = 0; i < total; i++) {
            if (shown[i][c].exact() != null) {
                shown[i][c] = shown[i][c].hide();
            }
        }
    }

    /**
     * Secondary suppression in one column whose last row is a total that is shown: while exactly one other cell
     * is hidden, it could be worked out as the total less the rest, so the smallest other non-zero count shown is
     * hidden too. When there is none (the total is not the plain sum of the rows), the total itself is hidden.
     */
    private static void hideASecondCount(Shown[][] shown, int c) {
        int total = shown.length - 1;
        if (!shown[total][c].isShown()) {
            return;
        }
        int hidden = 0;
        for (int i = 0; i < total; i++) {
            if (shown[i][c].isHidden()) {
                hidden++;
            }
        }
        while (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < total; i++) {
                Shown s = shown[i][c];
                if (s.isShown() && s.exact() > 0 && (smallest < 0 || s.exact() < shown[smallest][c].exact())) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                shown[total][c] = shown[total][c].hide();
                return;
            }
            shown[smallest][c] = shown[smallest][c].hide();
            hidden++;
        }
    }

    /** A percentage from the figures as shown: the rounded ones under the rule, the exact ones otherwise. */
    private static Report.Cell percentage(Shown numerator, Shown denominator) {
        if (numerator.exact() == null || denominator.exact() == null) {
            return Report.Cell.text(NOT_APPLICABLE);
        }
        if (numerator.isHidden()) {
            return Report.Cell.text(HIDDEN);
        }
        if (denominator.isHidden() || denominator.figure() == 0) {
            return Report.Cell.text(NOT_APPLICABLE);
        }
        BigDecimal percent = BigDecimal.valueOf(numerator.figure()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator.figure()), 1, RoundingMode.HALF_UP);
        return new Report.Cell(percent.doubleValue(), percent.toPlainString() + "%");
    }

    private static void requireCount(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + n);
        }
    }

    /**
     * One count cell while the table is worked out: the exact count (null: not applicable), the figure shown
     * (rounded under the rule) and how it is shown ({@code text} null: as the figure).
     */
    private record Shown(Long exact, long figure, String text) {

        static Shown of(Long n, boolean suppress) {
            if (n == null) {
                return new Shown(null, 0, NOT_APPLICABLE);
            }
            if (!suppress) {
                return new Shown(n, n, null);
            }
            return isLow(n) ? new Shown(n, 0, LOW) : new Shown(n, rounded(n), null);
        }

        boolean isShown() {
            return exact != null && text == null;
        }

        boolean isHidden() {
            return exact != null && text != null;
        }

        Shown hide() {
            return new Shown(exact, 0, HIDDEN);
        }

        Report.Cell cell() {
            return text == null ? Report.Cell.of(figure) : Report.Cell.text(text);
        }
    }
}
