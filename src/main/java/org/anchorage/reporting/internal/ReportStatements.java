package org.anchorage.reporting.internal;

import java.util.List;
import java.util.Map;
import org.anchorage.reporting.Report;
import org.anchorage.shared.web.Display;

/**
 * What every export states before its figures, in the same words and order: which report, programme and period,
 * the grouping, when it was produced, the data release and the disclosure rule — so a file read on its own, months
 * later, still says what it is.
 */
public final class ReportStatements {

    /** One statement: its heading and what it says. */
    public record Statement(String heading, String text) {}

    private static final Map<String, String> GROUPINGS = Map.of("none", "Not grouped", "local-authority", "Local authority",
            "target-place", "Target place", "decile", "Deprivation decile (IMD)", "source", "Referral source");

    private ReportStatements() {}

    /**
     * Every export is under disclosure control, whoever asks (a file travels further than a page), so an export of
     * exact figures is refused here rather than trusted to each caller.
     */
    public static void requireSuppressed(Report r) {
        if (!r.suppressed()) {
            throw new IllegalArgumentException("Report " + r.code() + " has exact figures; every export must be under disclosure control");
        }
    }

    public static List<Statement> of(Report r) {
        return List.of(new Statement("Report", r.title()),
                new Statement("Programme", r.programme()),
                new Statement("Period", period(r)),
                new Statement("Grouped by", grouping(r.groupBy())),
                new Statement("Produced", Display.dateTime(r.producedAt())),
                new Statement("Data release", r.dataRelease()),
                new Statement("Disclosure control", r.rule()));
    }

    /** "1 January 2026 to 31 March 2026". */
    public static String period(Report r) {
        return Display.date(r.from()) + " to " + Display.date(r.to());
    }

    /** The grouping in words, e.g. "Local authority" for {@code local-authority}. */
    public static String grouping(String code) {
        return code == null ? GROUPINGS.get("none") : GROUPINGS.getOrDefault(code, code);
    }

    /** A file name for the report's exports, e.g. {@code funnel-2026-01-01-to-2026-03-31}. */
    public static String fileName(Report r) {
        return r.code().replaceAll("[^A-Za-z0-9-]", "-") + "-" + r.from() + "-to-" + r.to();
    }
}
