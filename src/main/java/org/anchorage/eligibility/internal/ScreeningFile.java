package org.anchorage.eligibility.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anchorage.shared.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Stores an uploaded CSV while checking it streams in: text only, no line longer than
 * {@value #MAX_LINE_CHARS} characters, at most {@value #MAX_BYTES} bytes, a header naming the
 * required columns. A bad file is refused whole, naming the row, before any row is screened.
 */
public final class ScreeningFile {

    public static final int MAX_LINE_CHARS = 10_000;
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    public static final List<String> REQUIRED = List.of("reference", "postcode", "date_of_birth");
    public static final List<String> OPTIONAL = List.of("employment_status", "right_to_work");

    private ScreeningFile() {}

    /** What was learned while storing: the data rows counted and the header's columns. */
    public record Stored(int dataRows, List<String> header) {}

    public static Stored store(InputStream upload, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        long bytes = 0;
        int line = 1;
        int lineLength = 0;
        int nonEmptyLines = 0;
        boolean lineHasContent = false;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = upload.read(buffer)) != -1) {
                bytes += read;
                if (bytes > MAX_BYTES) {
                    throw new RuleViolation("file", "The file is larger than " + (MAX_BYTES / 1024 / 1024)
                            + " MB. Split it into smaller files.");
                }
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == 0) {
                        throw new RuleViolation("file", "The file is not a CSV text file (row " + line + " holds binary data).");
                    }
                    if (b == '\n') {
                        if (lineHasContent) {
                            nonEmptyLines++;
                        }
                        line++;
                        lineLength = 0;
                        lineHasContent = false;
                    } else if ((b & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                        lineLength++;
                        if (b != '\r' && b != ' ' && b != ',') {
                            lineHasContent = true;
                        }
                        if (lineLength > MAX_LINE_CHARS) {
                            throw new RuleViolation("row " + (line - 1), "Row " + (line - 1) + " (line " + line
                                    + " of the file) is longer than " + MAX_LINE_CHARS + " characters. Check the file is the right one.");
                        }
                    }
                }
                out.write(buffer, 0, read);
            }
        } catch (RuleViolation | IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (lineHasContent) {
            nonEmptyLines++;
        }
        if (nonEmptyLines == 0) {
            Files.deleteIfExists(target);
            throw new RuleViolation("file", "The file is empty. It needs a header row (reference, postcode, date_of_birth) and a row for each person.");
        }
        List<String> header = header(target);
        return new Stored(nonEmptyLines - 1, header);
    }

    static List<String> header(Path file) throws IOException {
        String first;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = reader.readLine();
            while (first != null && first.isBlank()) {
                first = reader.readLine();
            }
        } catch (java.nio.charset.MalformedInputException e) {
            Files.deleteIfExists(file);
            throw new RuleViolation("file", "The file is not UTF-8 text. Save it from your spreadsheet as 'CSV UTF-8'.");
        }
        List<String> columns = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(first == null ? "" : first))) {
            for (CSVRecord record : parser) {
                record.forEach(c -> columns.add(normalise(c)));
            }
        } catch (java.io.UncheckedIOException e) {
            Files.deleteIfExists(file);
            throw new RuleViolation("file", "The header row is not valid CSV.");
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            Files.deleteIfExists(file);
            throw new RuleViolation("file", "The header row has no " + String.join(", ", missing)
                    + " column. The first row must name the columns: reference, postcode, date_of_birth"
                    + " (and optionally employment_status, right_to_work).");
        }
        return columns;
    }

    /** Header names compared without a byte-order mark, case or surrounding spaces. */
    public static String normalise(String column) {
        return column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
