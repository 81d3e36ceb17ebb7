package org.anchorage.support;

import java.time.LocalDate;
import java.util.List;
import org.anchorage.plan.WellbeingScale;

/**
 * A person's wellbeing over time on one scale, as a table (one row per check-in) and as the geometry of a
 * line chart drawn on the server: one line per item of the scale, each with its own colour (Okabe–Ito, safe
 * for colour-blind readers), dash pattern and marker shape, so no line is told apart by colour alone.
 */
public record WellbeingTrend(WellbeingScale scale, List<Row> rows, List<Series> series, List<Tick> xTicks, List<Tick> yTicks,
                             String summary) {

    /** The chart's drawing area, in viewBox units (the SVG scales to the page width, down to 320 px). */
    public static final int WIDTH = 320;
    public static final int HEIGHT = 200;
    public static final int LEFT = 30;
    public static final int RIGHT = 10;
    public static final int TOP = 10;
    public static final int BOTTOM = 30;

    public record Row(LocalDate on, String source, List<Integer> scores) {

        /** "8 Dec 2026", so the table fits beside the chart. */
        public String shortOn() {
            return org.anchorage.shared.web.Display.shortDate(on);
        }
    }

    /** One item's line: its points as an SVG "points" list, and each marker's centre. */
    public record Series(String item, boolean lowerIsBetter, String colour, String dash, String marker, String points,
                         List<Point> markers) {}

    public record Point(double x, double y, int value, LocalDate on) {}

    public record Tick(double at, String label) {}

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }
}
