package org.anchorage.eligibility.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anchorage.shared.AnchorageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.anchorage.eligibility.AreaFacts;
import org.anchorage.eligibility.AreaProfile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every English postcode's neighbourhood and deprivation, held in memory as a few primitive arrays
 * sorted by an encoded postcode, so a look-up is one binary search (no database round trip) and all
 * of England fits in tens of megabytes. Loaded from the shipped official files in the background
 * at start-up; a look-up before then waits for it.
 */
@Component
public class PostcodeAreas implements AreaLookup {

    static final String FOLDER = "/areas/";
    static final String RELEASE = "ONS Postcode Directory August 2024; English Indices of Deprivation 2025 and 2019 (MHCLG)";

    private static final Logger log = LoggerFactory.getLogger(PostcodeAreas.class);

    /** 37 symbols in 3 inward places (see {@link PostcodeKey}). */
    static final long INWARD_CODES = 37L * 37 * 37;

    private final CompletableFuture<Table> table;
    private final String release;

    /** The shipped data only; for benchmarks and tools. */
    public PostcodeAreas() {
        this((Path) null);
    }

    @Autowired
    PostcodeAreas(AnchorageProperties properties) {
        this(properties.home().toAbsolutePath().normalize().resolve(AreaImport.FOLDER));
    }

    /** Data imported under {@code imported} (by the import command) wins over the shipped files. */
    PostcodeAreas(Path imported) {
        DataSource source = new DataSource(imported);
        this.release = source.release();
        this.table = CompletableFuture.supplyAsync(() -> load(source));
    }

    @Override
    public boolean isPostcode(String text) {
        return PostcodeKey.encode(text) >= 0;
    }

    @Override
    public Optional<AreaFacts> find(String postcode) {
        long key = PostcodeKey.encode(postcode);
        if (key < 0) {
            return Optional.empty();
        }
        return table.join().find(key);
    }

    @Override
    public String dataRelease() {
        return release;
    }

    /** Blocks until the data is loaded; for benchmarks and health checks. */
    public Table loaded() {
        return table.join();
    }

    /** The loaded data. Arrays are parallel: index i of each describes the same postcode or LSOA. */
    public static final class Table {
        /** The distinct outward codes (e.g. "RM18") as numbers, sorted; small enough to stay in cache. */
        final int[] outwardCodes;
        /** Where each outward code's postcodes start; its inward codes are sorted within the block. */
        final int[] outwardStart;
        /** Each postcode's inward code (e.g. "7AG") as a number below 37^3, so it fits in a char. */
        final char[] inward;
        final char[] postcodeLsoa;
        final char[] postcodeLocalAuthority;
        final char[] postcodeWard;
        final float[] latitude;
        final float[] longitude;
        final String[] lsoaCode;
        final String[] lsoaName;
        final int[] imd2025Rank;
        final byte[] imd2025Decile;
        final String[] imd2019Lsoa;
        final int[] imd2019Rank;
        final byte[] imd2019Decile;
        final boolean[] imd2019Approximated;
        final String[] localAuthorityCodes;
        final String[] localAuthorityNames;
        final String[] wardCodes;
        final String[] wardNames;
        final byte[][] domainDeciles;
        final java.util.BitSet terminated;
        Table(long[] keys, char[] postcodeLsoa, char[] postcodeLocalAuthority, char[] postcodeWard, float[] latitude,
              float[] longitude, String[] lsoaCode, String[] lsoaName, int[] imd2025Rank, byte[] imd2025Decile,
              String[] imd2019Lsoa, int[] imd2019Rank, byte[] imd2019Decile, boolean[] imd2019Approximated,
              String[] localAuthorityCodes, String[] localAuthorityNames, String[] wardCodes, String[] wardNames,
              byte[][] domainDeciles, java.util.BitSet terminated) {
            int distinct = 0;
            for (int i = 0; i < keys.length; i++) {
                if (i == 0 || keys[i] / INWARD_CODES != keys[i - 1] / INWARD_CODES) {
                    distinct++;
                }
            }
            this.outwardCodes = new int[distinct];
            this.outwardStart = new int[distinct + 1];
            this.inward = new char[keys.length];
            int o = -1;
            for (int i = 0; i < keys.length; i++) {
                int outward = (int) (keys[i] / INWARD_CODES);
                if (o < 0 || outwardCodes[o] != outward) {
                    outwardCodes[++o] = outward;
                    outwardStart[o] = i;
                }
                inward[i] = (char) (keys[i] - outward * INWARD_CODES);
            }
            outwardStart[distinct] = keys.length;
            this.postcodeLsoa = postcodeLsoa;
            this.postcodeLocalAuthority = postcodeLocalAuthority;
            this.postcodeWard = postcodeWard;
            this.latitude = latitude;
            this.longitude = longitude;
            this.lsoaCode = lsoaCode;
            this.lsoaName = lsoaName;
            this.imd2025Rank = imd2025Rank;
            this.imd2025Decile = imd2025Decile;
            this.imd2019Lsoa = imd2019Lsoa;
            this.imd2019Rank = imd2019Rank;
            this.imd2019Decile = imd2019Decile;
            this.imd2019Approximated = imd2019Approximated;
            this.localAuthorityCodes = localAuthorityCodes;
            this.localAuthorityNames = localAuthorityNames;
            this.wardCodes = wardCodes;
            this.wardNames = wardNames;
            this.domainDeciles = domainDeciles;
            this.terminated = terminated;
        }

        public int size() {
            return inward.length;
        }

        /** The key of the postcode at a row, for benchmarks and checks. */
        public long keyAt(int index) {
            int o = Arrays.binarySearch(outwardStart, index);
            o = o >= 0 ? o : -o - 2;
            while (o + 1 < outwardStart.length && outwardStart[o + 1] == index) {
                o++;
            }
            return outwardCodes[o] * INWARD_CODES + inward[index];
        }

        /** Index of the postcode, or a negative number; the hot path of every look-up. */
        public int indexOf(long key) {
            int outward = (int) (key / INWARD_CODES);
            int o = Arrays.binarySearch(outwardCodes, outward);
            if (o < 0) {
                return -1;
            }
            int i = Arrays.binarySearch(inward, outwardStart[o], outwardStart[o + 1], (char) (key - outward * INWARD_CODES));
            return i < 0 ? -1 : i;
        }

        Optional<AreaFacts> find(long key) {
            int i = indexOf(key);
            if (i < 0) {
                return Optional.empty();
            }
            int lsoa = postcodeLsoa[i];
            int la = postcodeLocalAuthority[i];
            boolean has2019 = imd2019Lsoa[lsoa] != null;
            return Optional.of(new AreaFacts(PostcodeKey.decode(key), lsoaCode[lsoa], lsoaName[lsoa],
                    localAuthorityCodes[la], localAuthorityNames[la], wardCodes[postcodeWard[i]],
                    imd2025Rank[lsoa], imd2025Decile[lsoa],
                    imd2019Lsoa[lsoa], has2019 ? imd2019Rank[lsoa] : null, has2019 ? (int) imd2019Decile[lsoa] : null,
                    imd2019Approximated[lsoa]));
        }
    }

    /** The full profile of a postcode's area, for the look-up page and API. */
    public Optional<AreaProfile> profile(String postcode) {
        long key = PostcodeKey.encode(postcode);
        if (key < 0) {
            return Optional.empty();
        }
        Table t = table.join();
        int i = t.indexOf(key);
        if (i < 0) {
            return Optional.empty();
        }
        AreaFacts facts = t.find(key).orElseThrow();
        int lsoa = t.postcodeLsoa[i];
        Map<String, Integer> domains = new LinkedHashMap<>();
        int d = 0;
        for (String domain : AreaProfile.DOMAINS.keySet()) {
            domains.put(domain, (int) t.domainDeciles[d++][lsoa]);
        }
        float lat = t.latitude[i];
        float lon = t.longitude[i];
        return Optional.of(new AreaProfile(facts, domains, t.wardNames[t.postcodeWard[i]],
                Float.isNaN(lat) ? null : (double) lat, Float.isNaN(lon) ? null : (double) lon, t.terminated.get(i)));
    }

    static Table load(DataSource source) {
        long started = System.nanoTime();
        // LSOA 2021 table from IoD2025.
        Map<String, Integer> lsoaIndex = new HashMap<>(40_000);
        int lsoas = 0;
        String[] lsoaCode = new String[34_000];
        String[] lsoaName = new String[34_000];
        int[] rank = new int[34_000];
        byte[] decile = new byte[34_000];
        byte[][] domainDeciles = new byte[AreaProfile.DOMAINS.size()][34_000];
        for (CSVRecord r : csv(source, "imd2025_lsoa21_england.csv.gz")) {
            int d = 0;
            for (String domain : AreaProfile.DOMAINS.keySet()) {
                domainDeciles[d++][lsoas] = Byte.parseByte(r.get(domain + "_decile"));
            }
            lsoaCode[lsoas] = r.get("lsoa21cd");
            lsoaName[lsoas] = r.get("lsoa21nm");
            rank[lsoas] = Integer.parseInt(r.get("imd_rank"));
            decile[lsoas] = Byte.parseByte(r.get("imd_decile"));
            lsoaIndex.put(lsoaCode[lsoas], lsoas);
            lsoas++;
        }
        // IoD2019 on 2011 LSOAs, reached through the official 2011 -> 2021 lookup.
        Map<String, int[]> imd2019 = new HashMap<>(40_000);
        for (CSVRecord r : csv(source, "imd2019_lsoa11_england.csv.gz")) {
            imd2019.put(r.get("lsoa11cd"), new int[] {Integer.parseInt(r.get("imd_rank")), Integer.parseInt(r.get("imd_decile"))});
        }
        String[] parent = new String[lsoas];
        int[] parentRank = new int[lsoas];
        byte[] parentDecile = new byte[lsoas];
        boolean[] approximated = new boolean[lsoas];
        for (CSVRecord r : csv(source, "lsoa11_lsoa21_lad22_lookup_ew.csv.gz")) {
            Integer i = lsoaIndex.get(r.get("lsoa21cd"));
            int[] figures = imd2019.get(r.get("lsoa11cd"));
            if (i == null || figures == null) {
                continue;
            }
            String change = r.get("change_code");
            if (parent[i] != null) {
                approximated[i] = true;
            }
            if (change.equals("M") || change.equals("X")) {
                approximated[i] = true;
            }
            // Where several 2011 neighbourhoods made this one, take the most deprived (lowest rank).
            if (parent[i] == null || figures[0] < parentRank[i]) {
                parent[i] = r.get("lsoa11cd");
                parentRank[i] = figures[0];
                parentDecile[i] = (byte) figures[1];
            }
        }
        // Local authority and ward names, as published with the postcode directory.
        Map<String, String> names = new HashMap<>(10_000);
        for (CSVRecord r : csv(source, "ward_lad_names_onspd_aug2024.csv.gz")) {
            names.put(r.get("code"), r.get("name"));
        }
        Map<String, Integer> localAuthorityIndex = new HashMap<>();
        Map<String, Integer> wardIndex = new HashMap<>();
        String[] laCodes = new String[1_000];
        String[] wardCodes = new String[20_000];

        int capacity = 2_300_000;
        long[] keys = new long[capacity];
        char[] pLsoa = new char[capacity];
        char[] pLa = new char[capacity];
        char[] pWard = new char[capacity];
        float[] lat = new float[capacity];
        float[] lon = new float[capacity];
        int n = 0;
        long previous = -1;
        boolean sorted = true;
        java.util.BitSet terminated = new java.util.BitSet();
        try (BufferedReader reader = source.reader("postcode_lsoa21_england.csv.gz")) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                // pcds,lsoa21cd,lad_cd,ward_cd,lat,long — fixed simple columns, split by hand for speed.
                int c1 = line.indexOf(',');
                int c2 = line.indexOf(',', c1 + 1);
                int c3 = line.indexOf(',', c2 + 1);
                int c4 = line.indexOf(',', c3 + 1);
                int c5 = line.indexOf(',', c4 + 1);
                long key = PostcodeKey.encode(line.substring(0, c1));
                Integer lsoa = lsoaIndex.get(line.substring(c1 + 1, c2));
                if (key < 0 || lsoa == null) {
                    continue;
                }
                if (n >= 1 << 22) {
                    throw new IllegalStateException("More than 4 million postcodes: too many for one table");
                }
                if (n == keys.length) {
                    int grown = keys.length + keys.length / 4;
                    keys = Arrays.copyOf(keys, grown);
                    pLsoa = Arrays.copyOf(pLsoa, grown);
                    pLa = Arrays.copyOf(pLa, grown);
                    pWard = Arrays.copyOf(pWard, grown);
                    lat = Arrays.copyOf(lat, grown);
                    lon = Arrays.copyOf(lon, grown);
                }
                String la = line.substring(c2 + 1, c3);
                String ward = line.substring(c3 + 1, c4);
                int laI = localAuthorityIndex.computeIfAbsent(la, k -> {
                    int next = localAuthorityIndex.size();
                    laCodes[next] = k;
                    return next;
                });
                int wardI = wardIndex.computeIfAbsent(ward, k -> {
                    int next = wardIndex.size();
                    wardCodes[next] = k;
                    return next;
                });
                keys[n] = key;
                pLsoa[n] = (char) (int) lsoa;
                pLa[n] = (char) laI;
                pWard[n] = (char) wardI;
                lat[n] = c5 > c4 + 1 ? Float.parseFloat(line.substring(c4 + 1, c5)) : Float.NaN;
                // An imported directory adds a seventh column: the month a terminated postcode ended.
                int c6 = line.indexOf(',', c5 + 1);
                int lonEnd = c6 < 0 ? line.length() : c6;
                lon[n] = c5 + 1 < lonEnd ? Float.parseFloat(line.substring(c5 + 1, lonEnd)) : Float.NaN;
                if (c6 > 0 && c6 + 1 < line.length()) {
                    terminated.set(n);
                }
                sorted &= key > previous;
                previous = key;
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the shipped postcode file", e);
        }
        if (!sorted) {
            terminated = sortTogether(keys, pLsoa, pLa, pWard, lat, lon, terminated, n);
        }
        int lsoaCount = lsoas;
        String[] laNames = new String[localAuthorityIndex.size()];
        for (int i = 0; i < laNames.length; i++) {
            laNames[i] = names.getOrDefault(laCodes[i], laCodes[i]);
        }
        Table table = new Table(Arrays.copyOf(keys, n), Arrays.copyOf(pLsoa, n), Arrays.copyOf(pLa, n),
                Arrays.copyOf(pWard, n), Arrays.copyOf(lat, n), Arrays.copyOf(lon, n),
                Arrays.copyOf(lsoaCode, lsoas), Arrays.copyOf(lsoaName, lsoas), Arrays.copyOf(rank, lsoas),
                Arrays.copyOf(decile, lsoas), parent, parentRank, parentDecile, approximated,
                Arrays.copyOf(laCodes, laNames.length), laNames, Arrays.copyOf(wardCodes, wardIndex.size()),
                Arrays.stream(Arrays.copyOf(wardCodes, wardIndex.size())).map(c -> names.getOrDefault(c, c)).toArray(String[]::new),
                Arrays.stream(domainDeciles).map(a -> Arrays.copyOf(a, lsoaCount)).toArray(byte[][]::new), terminated);
        log.info("Loaded {} postcodes in {} neighbourhoods in {} ms", n, lsoas, (System.nanoTime() - started) / 1_000_000);
        return table;
    }

    /**
     * The published file is in postcode-area order, not key order: sort every column by key once at
     * load, packing key and row into one long so a primitive sort does it.
     */
    private static java.util.BitSet sortTogether(long[] keys, char[] a, char[] b, char[] c, float[] lat, float[] lon,
                                                 java.util.BitSet terminated, int n) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = keys[i] << 22 | i; // keys < 37^7 < 2^37, rows < 2^22
        }
        Arrays.sort(packed);
        long[] k2 = new long[n];
        char[] a2 = new char[n];
        char[] b2 = new char[n];
        char[] c2 = new char[n];
        float[] lat2 = new float[n];
        float[] lon2 = new float[n];
        java.util.BitSet t2 = new java.util.BitSet();
        for (int i = 0; i < n; i++) {
            int j = (int) (packed[i] & ((1 << 22) - 1));
            k2[i] = keys[j];
            a2[i] = a[j];
            b2[i] = b[j];
            c2[i] = c[j];
            lat2[i] = lat[j];
            lon2[i] = lon[j];
            if (terminated.get(j)) {
                t2.set(i);
            }
        }
        System.arraycopy(k2, 0, keys, 0, n);
        System.arraycopy(a2, 0, a, 0, n);
        System.arraycopy(b2, 0, b, 0, n);
        System.arraycopy(c2, 0, c, 0, n);
        System.arraycopy(lat2, 0, lat, 0, n);
        System.arraycopy(lon2, 0, lon, 0, n);
        return t2;
    }

    private static Iterable<CSVRecord> csv(DataSource source, String file) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(source.reader(file)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the area data file " + file, e);
        }
    }

    /** Reads each file from the imported folder when it is there, otherwise from the shipped copy. */
    record DataSource(Path imported) {

        String release() {
            if (imported != null && Files.exists(imported.resolve(AreaImport.RELEASE_FILE))) {
                try {
                    return Files.readString(imported.resolve(AreaImport.RELEASE_FILE)).strip() + "; otherwise " + RELEASE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return RELEASE;
        }

        BufferedReader reader(String file) throws IOException {
            InputStream in;
            if (imported != null && Files.exists(imported.resolve(file))) {
                in = Files.newInputStream(imported.resolve(file));
                log.info("Reading imported area data {}", imported.resolve(file));
            } else {
                in = PostcodeAreas.class.getResourceAsStream(FOLDER + file);
            }
            if (in == null) {
                throw new IOException("The shipped data file " + FOLDER + file + " is missing");
            }
            return new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        }
    }
}
