package org.anchorage.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import org.anchorage.reporting.Report;

/**
 * A table's horizontal bar chart, drawn on the server as SVG so it needs no JavaScript: one bar per row, of the
 * first figure column. A hidden count draws no bar and says how it is shown ("1–7", "*"), so a chart never gives
 * away what its table hides. The label sits above its bar, so a long place name still fits a phone 320 pixels
 * wide: the drawing is 320 units across and scales to the width it is given, its text 16 units high.
 * <p>
 * Colours: NHS blue (#005eb8) bars, 5.9:1 on white, with dark text (#212b32) beside them rather than on them;
 * one colour only, so nothing depends on telling colours apart.
 */
public final class ReportChart {

    public static final String BARS = "bars";
    /** The label of a table's total row (see Figures.lastLineIsTotal), not drawn as a bar. */
    public static final String TOTAL = "Total";
    static final String BAR_COLOUR = "#005eb8";
    static final String TEXT_COLOUR = "#212b32";

    static final int WIDTH = 320;
    static final int FONT_SIZE = 16;
    private static final int PADDING = 4;
    private static final int LINE = 20;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 14;
    // Room to the right of the longest bar for its figure ("1234565", "1–7").
    private static final int FIGURE_ROOM = 72;
    // An average character of a sans-serif face is about 0.55 of its size, so about 34 fit on a line.
    private static final int CHARACTERS_PER_LINE = (WIDTH - 2 * PADDING) * 100 / (FONT_SIZE * 55);

    private ReportChart() {}

    /** One bar: the row's label, the figure drawn (null: none) and the figure as shown. */
    public record Bar(String label, Double value, String shown) {}

    /** Whether the table is drawn as a chart. */
    public static boolean drawn(Report.ReportTable table) {
        return BARS.equals(table.chart()) && !table.rows().isEmpty() && table.columns().size() > 1;
    }

    /** The bars of a table, one per row, of its first figure column. */
    public static List<Bar> bars(Report.ReportTable table) {
        List<Bar> bars = new ArrayList<>();
        for (Report.Row row : table.rows()) {
            if (row.label().equals(TOTAL)) {
                continue; // the total beside its parts would dwarf them; the table gives it
            }
            Report.Cell cell = row.cells().isEmpty() ? Report.Cell.text("n/a") : row.cells().get(0);
            Double value = cell.value() == null || cell.value() < 0 ? null : cell.value();
            bars.add(new Bar(row.label(), value, cell.shown()));
        }
        return bars;
    }

    /** The largest figure drawn, so each bar is its share of the longest (0 when nothing is drawn). */
    public static double largest(List<Bar> bars) {
        return bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(0);
    }

    /** The chart as SVG markup to put in a page as it is; every label and heading escaped. Empty when not drawn. */
    public static String svg(Report.ReportTable table) {
        if (!drawn(table)) {
            return "";
        }
        List<Bar> bars = bars(table);
        double largest = largest(bars);
        String id = "chart-" + table.key().replaceAll("[^A-Za-z0-9-]", "-");
        StringBuilder body = new StringBuilder();
        int y = PADDING;
        int barRoom = WIDTH - 2 * PADDING - FIGURE_ROOM;
        for (Bar bar : bars) {
            for (String line : wrap(bar.label(), CHARACTERS_PER_LINE)) {
                y += LINE;
                body.append("<text x=\"").append(PADDING).append("\" y=\"").append(y - 4).append("\">").append(escape(line)).append("</text>\n");
            }
            int top = y + 2;
            int length = 0;
            if (bar.value() != null) {
                length = largest == 0 ? 0 : (int) Math.round(bar.value() / largest * barRoom);
                if (bar.value() > 0) {
                    length = Math.max(length, 2); // a figure above 0 is always seen
                }
                body.append("<rect x=\"").append(PADDING).append("\" y=\"").append(top).append("\" width=\"").append(length)
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(BAR_COLOUR).append("\"/>\n");
            }
            int figureAt = PADDING + length + (bar.value() == null ? 0 : 6);
            body.append("<text x=\"").append(figureAt).append("\" y=\"").append(top + BAR_HEIGHT - 5).append("\">")
                    .append(escape(bar.shown())).append("</text>\n");
            y = top + BAR_HEIGHT + GAP;
        }
        int height = y + PADDING;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" aria-labelledby=\"" + id + "-title " + id
                + "-desc\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\""
                + " font-family=\"Frutiger W01, Arial, Helvetica, sans-serif\" font-size=\"" + FONT_SIZE + "\" fill=\"" + TEXT_COLOUR + "\">\n"
                + "<title id=\"" + id + "-title\">" + escape(table.title()) + "</title>\n"
                + "<desc id=\"" + id + "-desc\">" + escape(table.sentence()) + "</desc>\n"
                + body + "</svg>";
    }

    /** Splits a label into lines of at most {@code width} characters at spaces (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in XML at all.
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
