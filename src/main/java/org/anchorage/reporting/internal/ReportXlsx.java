package org.anchorage.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.anchorage.reporting.Report;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A whole report as an XLSX workbook (fastexcel): a sheet "About" with the statements, then one sheet per table,
 * its heading and sentence above the figures. Counts and percentages are numbers a spreadsheet can sum (a
 * percentage as a number with a % format); hidden and absent figures ("1–7", "*", "n/a") are text, so nobody
 * adds up a "1–7" as if it were a number. Text is written as text cells, never as formulas, so a typed name
 * cannot run as one.
 */
public final class ReportXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    // Excel's own limit, and the characters it refuses in a sheet's name.
    static final int SHEET_NAME_LIMIT = 31;
    private static final String NOT_IN_SHEET_NAMES = "[\\\\/?*\\[\\]:]";

    private ReportXlsx() {}

    public static void write(Report r, OutputStream out) {
        ReportStatements.requireSuppressed(r);
        try {
            Workbook workbook = new Workbook(out, "Anchorage", "1.0");
            workbook.properties().setTitle(r.title() + " – " + r.programme()).setSubject(ReportStatements.period(r));
            Worksheet about = workbook.newWorksheet("About");
            about.value(0, 0, r.title());
            about.style(0, 0).bold().fontSize(14).set();
            int line = 2;
            for (ReportStatements.Statement s : ReportStatements.of(r)) {
                about.value(line, 0, s.heading());
                about.style(line, 0).bold().set();
                about.value(line, 1, s.text());
                about.style(line, 1).wrapText(true).set();
                line++;
            }
            line++;
            about.value(line++, 0, "Tables");
            about.style(line - 1, 0).bold().set();
            // "History" is reserved by Excel; "About" is the first sheet.
            Set<String> names = new HashSet<>(Set.of("about", "history"));
            List<String> sheets = new java.util.ArrayList<>();
            for (Report.ReportTable table : r.tables()) {
                String name = sheetName(table.title(), names);
                sheets.add(name);
                about.value(line, 0, name);
                about.value(line++, 1, table.sentence());
            }
            about.width(0, 22);
            about.width(1, 90);
            for (int t = 0; t < r.tables().size(); t++) {
                table(workbook.newWorksheet(sheets.get(t)), r.tables().get(t));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] write(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(r, out);
        return out.toByteArray();
    }

    private static void table(Worksheet sheet, Report.ReportTable table) {
        sheet.value(0, 0, table.title());
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, table.sentence());
        int top = 3;
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(top, c, table.columns().get(c));
            sheet.style(top, c).bold().wrapText(true).set();
        }
        for (int i = 0; i < table.rows().size(); i++) {
            Report.Row row = table.rows().get(i);
            int at = top + 1 + i;
            sheet.value(at, 0, row.label());
            for (int c = 0; c < row.cells().size(); c++) {
                Report.Cell cell = row.cells().get(c);
                if (cell.value() == null) {
                    sheet.value(at, c + 1, cell.shown());
                    sheet.style(at, c + 1).horizontalAlignment("right").set();
                } else if (cell.shown().endsWith("%")) {
                    sheet.value(at, c + 1, cell.value() / 100);
                    sheet.style(at, c + 1).format("0.0%").set();
                } else {
                    sheet.value(at, c + 1, cell.value().longValue() == cell.value() ? (Number) cell.value().longValue() : cell.value());
                }
            }
        }
        sheet.width(0, 36);
        for (int c = 1; c < table.columns().size(); c++) {
            sheet.width(c, 16);
        }
        sheet.freezePane(1, top + 1);
    }

    /** The table's title as a sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :, unique. */
    static String sheetName(String title, Set<String> taken) {
        String base = (title == null ? "" : title).replaceAll(NOT_IN_SHEET_NAMES, " ").replaceAll("\\s+", " ").strip();
        // A leading or trailing apostrophe is refused too.
        base = base.replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = "Table";
        }
        String name = cut(base, SHEET_NAME_LIMIT);
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, SHEET_NAME_LIMIT - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length).strip();
    }
}
