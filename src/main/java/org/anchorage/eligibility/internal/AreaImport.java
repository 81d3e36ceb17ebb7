package org.anchorage.eligibility.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.anchorage.shared.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads a newer official release into {@code $ANCHORAGE_HOME/areas}, in the formats the publishers
 * use: the ONS Postcode Directory or National Statistics Postcode Lookup CSV (which also fill the
 * central-London gap, add new postcodes and mark terminated ones), and the IoD2025 File 7 CSV.
 * Each file is checked whole and written beside the old one, then swapped in, so a failed import
 * leaves the data in force untouched. The application reads the new files at its next start.
 */
public final class AreaImport {

    public static final String FOLDER = "areas";
    public static final String RELEASE_FILE = "release.txt";

    private AreaImport() {}

    public record Report(String file, int rowsWritten, int rowsSkipped, int terminated) {}

    /** Column names as the ONSPD, the NSPL and our own shipped file spell them. */
    static final Map<String, List<String>> POSTCODE_COLUMNS = new LinkedHashMap<>();

    static {
        POSTCODE_COLUMNS.put("postcode", List.of("pcds", "pcd", "pcd2", "postcode"));
        POSTCODE_COLUMNS.put("lsoa", List.of("lsoa21cd", "lsoa21"));
        POSTCODE_COLUMNS.put("localAuthority", List.of("lad_cd", "oslaua", "laua", "lad25cd", "lad24cd", "lad23cd"));
        POSTCODE_COLUMNS.put("ward", List.of("ward_cd", "osward", "ward", "wd25cd", "wd24cd", "wd23cd"));
        POSTCODE_COLUMNS.put("latitude", List.of("lat", "latitude"));
        POSTCODE_COLUMNS.put("longitude", List.of("long", "longitude"));
    }

    public static Report importPostcodes(Path source, Path areas) throws IOException {
        Files.createDirectories(areas);
        Path target = areas.resolve("postcode_lsoa21_england.csv.gz");
        Path partial = areas.resolve("postcode_lsoa21_england.csv.gz.part");
        int written = 0;
        int skipped = 0;
        int terminated = 0;
        try (BufferedReader reader = open(source);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
             CSVPrinter out = new CSVPrinter(gzipWriter(partial),
                     CSVFormat.RFC4180.builder().setHeader("pcds", "lsoa21cd", "lad_cd", "ward_cd", "lat", "long", "terminated").get())) {
            Map<String, Integer> columns = find(parser.getHeaderNames(), POSTCODE_COLUMNS, source);
            int doterm = indexOf(parser.getHeaderNames(), List.of("doterm", "terminated"));
            for (CSVRecord r : parser) {
                String lsoa = r.get(columns.get("lsoa"));
                long key = PostcodeKey.encode(r.get(columns.get("postcode")));
                if (key < 0 || !lsoa.startsWith("E01")) {
                    skipped++; // not England (the indices cover England only), or no postcode
                    continue;
                }
                String ended = doterm >= 0 && doterm < r.size() ? r.get(doterm).strip() : "";
                if (!ended.isEmpty()) {
                    terminated++;
                }
                out.printRecord(PostcodeKey.decode(key), lsoa, r.get(columns.get("localAuthority")), r.get(columns.get("ward")),
                        coordinate(r.get(columns.get("latitude"))), coordinate(r.get(columns.get("longitude"))), ended);
                written++;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        if (written < 1_000) {
            Files.deleteIfExists(partial);
            throw new RuleViolation("file", source + " holds only " + written + " English postcodes: it is not a postcode directory");
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Report(source.toString(), written, skipped, terminated);
    }

    /** IoD2025 File 7 ("All ranks, scores, deciles and population denominators") or our shipped layout. */
    public static Report importImd2025(Path source, Path areas) throws IOException {
        Files.createDirectories(areas);
        Path target = areas.resolve("imd2025_lsoa21_england.csv.gz");
        Path partial = areas.resolve("imd2025_lsoa21_england.csv.gz.part");
        String[] domains = {"imd", "income", "employment", "education", "health", "crime", "barriers_housing_services",
            "living_environment"};
        String[][] published = {{"index of multiple deprivation"}, {"income"}, {"employment"}, {"education"},
            {"health"}, {"crime"}, {"barriers to housing"}, {"living environment"}};
        List<String> header = new ArrayList<>(List.of("lsoa21cd", "lsoa21nm", "lad24cd", "lad24nm"));
        for (String d : domains) {
            header.addAll(List.of(d + "_score", d + "_rank", d + "_decile"));
        }
        int written = 0;
        try (BufferedReader reader = open(source);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
             CSVPrinter out = new CSVPrinter(gzipWriter(partial), CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            List<String> names = parser.getHeaderNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            int code = column(names, source, "lsoa21cd", "lsoa code (2021)");
            int name = column(names, source, "lsoa21nm", "lsoa name (2021)");
            int lad = column(names, source, "lad24cd", "local authority district code (2024)");
            int ladName = column(names, source, "lad24nm", "local authority district name (2024)");
            int[][] figures = new int[domains.length][3];
            for (int d = 0; d < domains.length; d++) {
                figures[d][0] = domainColumn(names, source, domains[d] + "_score", published[d][0], "score");
                figures[d][1] = domainColumn(names, source, domains[d] + "_rank", published[d][0], "rank");
                figures[d][2] = domainColumn(names, source, domains[d] + "_decile", published[d][0], "decile");
            }
            for (CSVRecord r : parser) {
                List<String> row = new ArrayList<>(List.of(r.get(code), r.get(name), r.get(lad), r.get(ladName)));
                for (int[] f : figures) {
                    int decile = Integer.parseInt(r.get(f[2]).strip());
                    if (decile < 1 || decile > 10) {
                        throw new RuleViolation("row " + (written + 1), "Row " + (written + 1) + " has decile " + decile + "; deciles run from 1 to 10");
                    }
                    row.addAll(List.of(r.get(f[0]).strip(), Integer.toString(Integer.parseInt(r.get(f[1]).strip())), Integer.toString(decile)));
                }
                out.printRecord(row);
                written++;
            }
        } catch (NumberFormatException e) {
            Files.deleteIfExists(partial);
            throw new RuleViolation("row " + (written + 1), "Row " + (written + 1) + ": a rank or decile is not a whole number ("
                    + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        if (written < 30_000) {
            Files.deleteIfExists(partial);
            throw new RuleViolation("file", source + " holds " + written + " neighbourhoods; all of England has over 33,000");
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Report(source.toString(), written, 0, 0);
    }

    public static void recordRelease(Path areas, String description) throws IOException {
        Files.writeString(areas.resolve(RELEASE_FILE), description.strip() + System.lineSeparator());
    }

    private static Map<String, Integer> find(List<String> header, Map<String, List<String>> wanted, Path source) {
        Map<String, Integer> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        wanted.forEach((role, names) -> {
            int i = indexOf(header, names);
            if (i < 0) {
                missing.add(String.join(" or ", names));
            } else {
                found.put(role, i);
            }
        });
        if (!missing.isEmpty()) {
            throw new RuleViolation("file", source + " has no column " + String.join("; no column ", missing));
        }
        return found;
    }

    private static int indexOf(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static int column(List<String> names, Path source, String ours, String published) {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).replace("\uFEFF", "").strip();
            if (n.equals(ours) || n.startsWith(published)) {
                return i;
            }
        }
        throw new RuleViolation("file", source + " has no column " + ours + " (or '" + published + "')");
    }

    private static int domainColumn(List<String> names, Path source, String ours, String domain, String measure) {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).replace("\uFEFF", "").strip();
            if (n.equals(ours) || (n.startsWith(domain) && n.contains(measure) && !n.contains("sub-domain"))) {
                return i;
            }
        }
        throw new RuleViolation("file", source + " has no column " + ours + " (or a '" + domain + "' " + measure + " column)");
    }

    private static String coordinate(String value) {
        String v = value.strip();
        // The directories write 99.999999 / 0.000000 for postcodes with no grid reference.
        return v.isEmpty() || v.startsWith("99.9") ? "" : v;
    }

    private static BufferedReader open(Path source) throws IOException {
        InputStream in = Files.newInputStream(source);
        if (source.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static BufferedWriter gzipWriter(Path target) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }
}
