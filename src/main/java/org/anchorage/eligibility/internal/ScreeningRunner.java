package org.anchorage.eligibility.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anchorage.eligibility.AreaFacts;
import org.anchorage.eligibility.EligibilityDecision;
import org.anchorage.eligibility.EligibilityInputs;
import org.anchorage.eligibility.EligibilityReason;
import org.anchorage.eligibility.ScreeningId;
import org.anchorage.eligibility.ScreeningStatus;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EmploymentStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Screens a stored file row by row, streaming: memory stays flat whatever the file's length.
 * Every input row gives exactly one output row; a row that cannot be screened says why.
 */
@Component
public class ScreeningRunner {

    static final int PROGRESS_EVERY = 5_000;
    static final List<String> ADDED = List.of("eligible", "imd_decile", "lsoa_code", "local_authority", "reasons", "error");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Logger log = LoggerFactory.getLogger(ScreeningRunner.class);

    private final AreaLookup areas;
    private final ScreeningRecords records;
    private final Clock clock;

    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ScreeningRunner(AreaLookup areas, ScreeningRecords records, Clock clock,
                    org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.areas = areas;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Screens {@code input} into {@code result}; {@code keep} stores the finished result in the same
     * transaction that marks the screening completed, so "completed" always has its result to download.
     */
    public void run(ScreeningId id, Path input, Path result, EligibilityRules rules, int rulesVersion,
                    java.util.function.Consumer<Path> keep) {
        Counts counts = new Counts();
        try {
            records.progress(id, ScreeningStatus.RUNNING, 0, 0, 0);
            screen(id, input, result, rules, rulesVersion, counts);
            transactions.executeWithoutResult(status -> {
                keep.accept(result);
                records.finish(id, ScreeningStatus.COMPLETED, counts.processed, counts.processed, counts.eligible,
                        counts.rejected, null, clock.instant());
            });
        } catch (UncheckedIOException | IOException e) {
            String failure = "The file could not be read after row " + counts.processed
                    + ": a quoted value may be missing its closing quote. Rows up to there were screened.";
            log.warn("Screening {} stopped: {}", id, e.getMessage());
            records.finish(id, ScreeningStatus.FAILED, counts.processed, counts.processed, counts.eligible,
                    counts.rejected, failure, clock.instant());
        } catch (RuntimeException e) {
            log.error("Screening {} failed", id, e);
            records.finish(id, ScreeningStatus.FAILED, counts.processed, counts.processed, counts.eligible,
                    counts.rejected, "The screening stopped unexpectedly. Try again; if it fails again tell your administrator.",
                    clock.instant());
        }
    }

    private void screen(ScreeningId id, Path input, Path result, EligibilityRules rules, int rulesVersion, Counts counts)
            throws IOException {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        CSVFormat in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             CSVParser parser = in.parse(reader);
             BufferedWriter writer = Files.newBufferedWriter(result, StandardCharsets.UTF_8)) {
            List<String> header = parser.getHeaderNames();
            List<String> normalised = header.stream().map(ScreeningFile::normalise).toList();
            int reference = normalised.indexOf("reference");
            int postcode = normalised.indexOf("postcode");
            int dateOfBirth = normalised.indexOf("date_of_birth");
            int employment = normalised.indexOf("employment_status");
            int rightToWork = normalised.indexOf("right_to_work");
            List<String> outHeader = new ArrayList<>(header.stream().map(h -> h.replace("\uFEFF", "")).toList());
            outHeader.addAll(ADDED);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(outHeader.toArray(String[]::new)).get())) {
                List<String> row = new ArrayList<>(outHeader.size());
                for (CSVRecord record : parser) {
                    row.clear();
                    for (int i = 0; i < header.size(); i++) {
                        row.add(safeCell(i < record.size() ? record.get(i) : ""));
                    }
                    String error = null;
                    EligibilityDecision decision = null;
                    if (record.size() < header.size()) {
                        error = "row has " + record.size() + " values but the header has " + header.size();
                    } else {
                        RowInputs parsed = parse(record.get(postcode), record.get(dateOfBirth),
                                employment < 0 ? "" : record.get(employment), rightToWork < 0 ? "" : record.get(rightToWork), today);
                        if (record.get(reference).isBlank()) {
                            error = "reference is empty";
                        } else if (parsed.error() != null) {
                            error = parsed.error();
                        } else {
                            Optional<AreaFacts> area = areas.find(parsed.inputs().postcode());
                            decision = DecisionRules.decide(rules, rulesVersion, parsed.inputs(), area, today, now);
                        }
                    }
                    counts.processed++;
                    if (error != null) {
                        counts.rejected++;
                        row.add("");
                        row.add("");
                        row.add("");
                        row.add("");
                        row.add("");
                        row.add("row " + counts.processed + ": " + error);
                    } else {
                        if (decision.eligible()) {
                            counts.eligible++;
                        }
                        row.add(decision.eligible() ? "yes" : "no");
                        row.add(decision.decile() == null ? "" : decision.decile().toString());
                        row.add(decision.area() == null ? "" : decision.area().lsoaCode());
                        row.add(decision.area() == null ? "" : decision.area().localAuthorityName());
                        row.add(decision.reasons().stream().map(EligibilityReason::code).collect(Collectors.joining(";")));
                        row.add("");
                    }
                    printer.printRecord(row);
                    if (counts.processed % PROGRESS_EVERY == 0) {
                        records.progress(id, ScreeningStatus.RUNNING, counts.processed, counts.eligible, counts.rejected);
                    }
                }
            }
        }
    }

    record RowInputs(EligibilityInputs inputs, String error) {}

    /** Checks one row's values, naming the first one that is wrong. */
    RowInputs parse(String postcode, String dateOfBirth, String employment, String rightToWork, LocalDate today) {
        if (postcode.isBlank()) {
            return new RowInputs(null, "postcode is empty");
        }
        if (!areas.isPostcode(postcode)) {
            return new RowInputs(null, "postcode '" + shorten(postcode) + "' is not a UK postcode");
        }
        LocalDate dob = date(dateOfBirth);
        if (dob == null) {
            return new RowInputs(null, "date_of_birth '" + shorten(dateOfBirth) + "' is not a date like 2001-04-30 or 30/04/2001");
        }
        if (dob.isAfter(today)) {
            return new RowInputs(null, "date_of_birth " + dob + " is in the future");
        }
        if (dob.isBefore(today.minusYears(120))) {
            return new RowInputs(null, "date_of_birth " + dob + " is more than 120 years ago");
        }
        EmploymentStatus status = null;
        if (!employment.isBlank()) {
            status = EmploymentStatus.fromCode(employment.strip().replace(' ', '-').replace('_', '-')).orElse(null);
            if (status == null) {
                return new RowInputs(null, "employment_status '" + shorten(employment)
                        + "' is not one of unemployed, economically-inactive, neet, employed");
            }
        }
        Boolean right = switch (rightToWork.strip().toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> null;
        };
        if (right == null && !rightToWork.isBlank()) {
            return new RowInputs(null, "right_to_work '" + shorten(rightToWork) + "' must be yes or no");
        }
        return new RowInputs(new EligibilityInputs(postcode, dob, status, right), null);
    }

    static LocalDate date(String text) {
        String value = text.strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, UK_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static String safeCell(String value) {
        return org.anchorage.shared.SpreadsheetCell.safe(value);
    }

    private static String shorten(String value) {
        String v = value.strip();
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }

    static final class Counts {
        int processed;
        int eligible;
        int rejected;
    }
}
