package org.anchorage.reporting.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Who lives where, from Census 2021 (resources/reporting/README.md): residents per LSOA and ward, with the
 * disability and ethnic-group counts, and local authority names. Loaded once (about 34,000 rows), read-only.
 */
@Component
public class Population {

    public static final String RELEASE = "Census 2021 usual residents (ONS)";

    /** One neighbourhood's residents. Ethnic groups are Census 2021's five: Asian, Black, Mixed, White, Other. */
    public record Area(String lsoa, String localAuthority, long residents, long aged16to64, long disabilityBase, long disabled,
                       long notDisabled, long ethnicityBase, long asian, long black, long mixed, long white, long other) {}

    private final Map<String, Area> lsoas = new HashMap<>();
    private final Map<String, Long> wardResidents = new HashMap<>();
    private final Map<String, String> localAuthorityNames = new HashMap<>();

    Population() {
        for (CSVRecord r : read("reporting/census2021_lsoa21_population.csv.gz", true)) {
            lsoas.put(r.get("lsoa21cd"), new Area(r.get("lsoa21cd"), r.get("lad24cd"), n(r, "residents_total"), n(r, "age_16_64"),
                    n(r, "disability_base_residents"), n(r, "disabled_equality_act"), n(r, "not_disabled_equality_act"),
                    n(r, "ethnicity_base_residents"), n(r, "ethnicity_asian"), n(r, "ethnicity_black"), n(r, "ethnicity_mixed"),
                    n(r, "ethnicity_white"), n(r, "ethnicity_other")));
        }
        for (CSVRecord r : read("reporting/census2021_ward24_population.csv.gz", true)) {
            wardResidents.put(r.get("ward24cd"), n(r, "residents_total"));
        }
        for (CSVRecord r : read("reporting/local_authorities_lad24.csv", false)) {
            localAuthorityNames.put(r.get("lad24cd"), r.get("lad24nm"));
        }
    }

    private static long n(CSVRecord r, String column) {
        String v = r.get(column);
        return v == null || v.isBlank() ? 0 : Long.parseLong(v);
    }

    private static java.util.List<CSVRecord> read(String resource, boolean gzip) {
        try (InputStream raw = Population.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public java.util.Optional<Area> lsoa(String code) {
        return java.util.Optional.ofNullable(lsoas.get(code));
    }

    /** Residents of a set of LSOAs and wards (a target place), or 0 when none is known. */
    public long residents(Collection<String> lsoaCodes, Collection<String> wardCodes) {
        long total = 0;
        for (String l : lsoaCodes) {
            Area a = lsoas.get(l);
            total += a == null ? 0 : a.residents();
        }
        for (String w : wardCodes) {
            total += wardResidents.getOrDefault(w, 0L);
        }
        return total;
    }

    /** Every LSOA in these local authorities. */
    public java.util.List<Area> inLocalAuthorities(Collection<String> codes) {
        return lsoas.values().stream().filter(a -> codes.contains(a.localAuthority())).toList();
    }

    public String localAuthorityName(String code) {
        return code == null || code.isBlank() ? "Not known" : localAuthorityNames.getOrDefault(code, code);
    }
}
