package org.anchorage.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.anchorage.reporting.Report;
import org.anchorage.shared.SpreadsheetCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A whole report as one CSV file: the statements (programme, period, grouping, when produced, data release,
 * disclosure rule), one to a line, then each table with its heading, its sentence, its column headings and rows,
 * a blank line between. Figures are written as shown ("35", "1–7", "*", "n/a"). Every text cell is guarded
 * against formula injection, as a place or programme name is typed by people. UTF-8 with a byte-order mark, so
 * a spreadsheet shows "1–7" rather than mangled characters. Only a report under disclosure control is exported.
 */
public final class ReportCsv {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private ReportCsv() {}

    public static void write(Report r, OutputStream out) {
        ReportStatements.requireSuppressed(r);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            for (ReportStatements.Statement s : ReportStatements.of(r)) {
                record(csv, List.of(s.heading(), s.text()));
            }
            for (Report.ReportTable table : r.tables()) {
                csv.println();
                record(csv, List.of(table.title()));
                record(csv, List.of(table.sentence()));
                record(csv, table.columns());
                for (Report.Row row : table.rows()) {
                    List<String> values = new ArrayList<>();
                    values.add(row.label());
                    row.cells().forEach(c -> values.add(c.shown()));
                    record(csv, values);
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] write(Report r) {
        var out = new java.io.ByteArrayOutputStream();
        write(r, out);
        return out.toByteArray();
    }

    private static void record(CSVPrinter csv, List<String> values) throws IOException {
        csv.printRecord(values.stream().map(v -> v == null ? "" : SpreadsheetCell.safe(v)).toList());
    }
}
