package org.anchorage.matching.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The permitted (person, opening) pairs and their suitability, grouped by opening in primitive arrays
 * (compressed sparse rows): the links of opening {@code o} are positions {@code start(o)} to
 * {@code end(o) - 1}, in descending score order (order among equal scores is deterministic but
 * unspecified). Immutable once built, so it may be shared between threads.
 */
public final class CandidateLinks {

    private final int people;
    private final int[] start;
    private final int[] person;
    // Scores are 0..100, so a byte each: a quarter of the memory and cache traffic of an int.
    private final byte[] score;

    private CandidateLinks(int people, int[] start, int[] person, byte[] score) {
        this.people = people;
        this.start = start;
        this.person = person;
        this.score = score;
    }

    public int openings() {
        return start.length - 1;
    }

    public int people() {
        return people;
    }

    public int size() {
        return start[start.length - 1];
    }

    /** First link position of an opening. */
    public int start(int opening) {
        return start[opening];
    }

    /** One past the last link position of an opening. */
    public int end(int opening) {
        return start[opening + 1];
    }

    public int person(int k) {
        return person[k];
    }

    public int score(int k) {
        return score[k];
    }

    /** The score of a pair, or -1 when it is not linked (a scan of the opening's links: for checks, not loops). */
    public int scoreOf(int opening, int person) {
        for (int k = start[opening]; k < start[opening + 1]; k++) {
            if (this.person[k] == person) {
                return score[k];
            }
        }
        return -1;
    }

    /**
     * Links within {@code maxKm}, found with a uniform grid over the people: each opening looks only at
     * its own grid cell and the eight around it.
     */
    public static CandidateLinks build(List<MatchPerson> people, List<MatchOpening> openings, double maxKm) {
        return build(people, openings, maxKm, true);
    }

    /** Every pair tried, no index: the reference the grid must agree with. */
    static CandidateLinks buildAllPairs(List<MatchPerson> people, List<MatchOpening> openings, double maxKm) {
        return build(people, openings, maxKm, false);
    }

    /**
     * Links from arbitrary arrays (for tests of the assignments): {@code links[o]} holds pairs
     * {person, score} of opening o, scores 0..100, at most one per person.
     */
    static CandidateLinks of(int people, int[][][] links) {
        Builder builder = new Builder(people, links.length, 16);
        for (int o = 0; o < links.length; o++) {
            for (int[] link : links[o]) {
                if (link[0] < 0 || link[0] >= people || link[1] < 0 || link[1] > Suitability.MAX_POINTS) {
                    throw new IllegalArgumentException("Bad link " + Arrays.toString(link));
                }
                builder.add(link[0], link[1]);
            }
            builder.closeOpening();
        }
        return builder.result();
    }

    private static CandidateLinks build(List<MatchPerson> people, List<MatchOpening> openings, double maxKm, boolean grid) {
        int n = people.size();
        int m = openings.size();
        MatchPerson[] ps = people.toArray(MatchPerson[]::new);
        Points pp = new Points(n);
        for (int i = 0; i < n; i++) {
            pp.set(i, ps[i].latitude(), ps[i].longitude());
        }
        Points op = new Points(m);
        for (int o = 0; o < m; o++) {
            op.set(o, openings.get(o).latitude(), openings.get(o).longitude());
        }
        // Compare haversine's h with the h of maxKm, so the square root and arcsine are only taken for
        // pairs that are kept.
        double maxH = maxKm < 0 ? -1 : maxKm >= Math.PI * Suitability.EARTH_RADIUS_KM ? 1
                : square(Math.sin(maxKm / (2 * Suitability.EARTH_RADIUS_KM)));
        Builder builder = new Builder(n, m, Math.max(16, Math.min((long) n * m, 1L << 20)));
        Grid index = grid ? new Grid(pp, op, maxKm) : null;
        for (int o = 0; o < m; o++) {
            MatchOpening opening = openings.get(o);
            if (index == null) {
                for (int i = 0; i < n; i++) {
                    tryPair(builder, pp, i, ps[i], op, o, opening, maxH, maxKm);
                }
            } else {
                index.visit(op.x[o], op.y[o], builder, pp, ps, op, o, opening, maxH, maxKm);
            }
            builder.closeOpening();
        }
        return builder.result();
    }

    static void tryPair(Builder builder, Points pp, int i, MatchPerson person, Points op, int o, MatchOpening opening,
                        double maxH, double maxKm) {
        // Haversine from per-point trigonometry: sin(Δφ/2) and sin(Δλ/2) by the angle-difference identity.
        double a = pp.sinHalfLat[i] * op.cosHalfLat[o] - pp.cosHalfLat[i] * op.sinHalfLat[o];
        double b = pp.sinHalfLon[i] * op.cosHalfLon[o] - pp.cosHalfLon[i] * op.sinHalfLon[o];
        double h = a * a + pp.cosLat[i] * op.cosLat[o] * b * b;
        if (!(h <= maxH)) {
            return;
        }
        int s = Suitability.score(person, opening, kilometresFromH(h), maxKm);
        if (s >= 0) {
            builder.add(i, s);
        }
    }

    /**
     * 2R·asin(√h). Below x = 0.05 (about 640 km) asin is its Taylor series to x⁷, whose error is under
     * 1e-11 relative: the same haversine distance as {@link Suitability#kilometres} to about 1e-11, not an
     * approximation of it, at a fraction of the cost of {@code Math.asin}.
     */
    static double kilometresFromH(double h) {
        double x = Math.sqrt(Math.min(1, h));
        double asin;
        if (x < 0.05) {
            double x2 = x * x;
            asin = x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (5.0 / 112))));
        } else {
            asin = Math.asin(x);
        }
        return 2 * Suitability.EARTH_RADIUS_KM * asin;
    }

    private static double square(double v) {
        return v * v;
    }

    /** Per-point sines and cosines, computed once per point instead of once per pair. */
    static final class Points {
        final double[] sinHalfLat;
        final double[] cosHalfLat;
        final double[] sinHalfLon;
        final double[] cosHalfLon;
        final double[] cosLat;
        final double[] lat;
        final double[] lon;
        // Projected km for the grid, filled in by Grid.
        final double[] x;
        final double[] y;

        Points(int n) {
            sinHalfLat = new double[n];
            cosHalfLat = new double[n];
            sinHalfLon = new double[n];
            cosHalfLon = new double[n];
            cosLat = new double[n];
            lat = new double[n];
            lon = new double[n];
            x = new double[n];
            y = new double[n];
        }

        void set(int i, double latitude, double longitude) {
            double phi = Math.toRadians(latitude);
            double lambda = Math.toRadians(longitude);
            sinHalfLat[i] = Math.sin(phi / 2);
            cosHalfLat[i] = Math.cos(phi / 2);
            sinHalfLon[i] = Math.sin(lambda / 2);
            cosHalfLon[i] = Math.cos(lambda / 2);
            cosLat[i] = Math.cos(phi);
            lat[i] = latitude;
            lon[i] = longitude;
        }
    }

    /**
     * People bucketed into square cells at least maxKm wide in an equirectangular projection (km east,
     * km north). The projection uses the cosine of the most poleward latitude present, so projected
     * east-west gaps never exceed true ones; with cells 1% wider than maxKm, any pair within maxKm lies
     * in the same or a neighbouring cell (the projection's east-west shortfall is at most t/sin t - 1 for
     * t = asin(sin(maxKm/2R)/cos φ), under 0.7% within the limits below). Beyond those limits (latitudes
     * above about 78°, radii of 500 km or more, longitudes near ±180°) the grid falls back to a single
     * cell, i.e. every pair.
     */
    static final class Grid {
        final double minX;
        final double minY;
        final double cell;
        final int nx;
        final int ny;
        final int[] cellStart;
        final int[] members;

        Grid(Points pp, Points op, double maxKm) {
            double minCos = 1;
            for (double[] lats : new double[][] {pp.lat, op.lat}) {
                for (double lat : lats) {
                    if (Double.isFinite(lat)) {
                        minCos = Math.min(minCos, Math.cos(Math.toRadians(lat)));
                    }
                }
            }
            boolean usable = minCos > 0.2 && maxKm < 500 && withinLongitudes(pp) && withinLongitudes(op);
            double r = Suitability.EARTH_RADIUS_KM;
            double loX = Double.POSITIVE_INFINITY;
            double loY = Double.POSITIVE_INFINITY;
            double hiX = Double.NEGATIVE_INFINITY;
            double hiY = Double.NEGATIVE_INFINITY;
            for (Points p : new Points[] {pp, op}) {
                for (int i = 0; i < p.lat.length; i++) {
                    p.x[i] = Math.toRadians(p.lon[i]) * minCos * r;
                    p.y[i] = Math.toRadians(p.lat[i]) * r;
                    if (p == pp && Double.isFinite(p.x[i]) && Double.isFinite(p.y[i])) {
                        loX = Math.min(loX, p.x[i]);
                        loY = Math.min(loY, p.y[i]);
                        hiX = Math.max(hiX, p.x[i]);
                        hiY = Math.max(hiY, p.y[i]);
                    }
                }
            }
            int n = pp.lat.length;
            if (loX > hiX) {
                loX = loY = hiX = hiY = 0;
            }
            double size = Math.max(maxKm * 1.01, 1e-6);
            // Cap the cell count near the number of people, so a tiny radius cannot make a huge grid;
            // wider cells stay correct, only slower.
            long cap = Math.max(16, 2L * n);
            while ((long) ((hiX - loX) / size + 1) * (long) ((hiY - loY) / size + 1) > cap) {
                size *= 1.5;
            }
            if (!usable) {
                size = Double.POSITIVE_INFINITY;
            }
            minX = loX;
            minY = loY;
            cell = size;
            nx = usable ? (int) ((hiX - loX) / size) + 1 : 1;
            ny = usable ? (int) ((hiY - loY) / size) + 1 : 1;
            // Counting sort of people by cell; people without finite coordinates can link to nothing.
            int[] cellOf = new int[n];
            cellStart = new int[nx * ny + 1];
            for (int i = 0; i < n; i++) {
                int cx = column(pp.x[i]);
                int cy = row(pp.y[i]);
                cellOf[i] = cx < 0 || cx >= nx || cy < 0 || cy >= ny ? -1 : cy * nx + cx;
                if (cellOf[i] >= 0) {
                    cellStart[cellOf[i] + 1]++;
                }
            }
            for (int c = 0; c < nx * ny; c++) {
                cellStart[c + 1] += cellStart[c];
            }
            members = new int[cellStart[nx * ny]];
            int[] fill = Arrays.copyOf(cellStart, nx * ny);
            for (int i = 0; i < n; i++) {
                if (cellOf[i] >= 0) {
                    members[fill[cellOf[i]]++] = i;
                }
            }
        }

        // Near ±180° neighbours would sit at opposite ends of the projection.
        private static boolean withinLongitudes(Points p) {
            for (double lon : p.lon) {
                if (Math.abs(lon) > 170) {
                    return false;
                }
            }
            return true;
        }

        int column(double x) {
            if (nx == 1 && cell == Double.POSITIVE_INFINITY) {
                return Double.isNaN(x) ? -2 : 0;
            }
            double c = Math.floor((x - minX) / cell);
            return c != c ? -2 : (int) Math.max(-2, Math.min(nx + 1, c));
        }

        int row(double y) {
            if (ny == 1 && cell == Double.POSITIVE_INFINITY) {
                return Double.isNaN(y) ? -2 : 0;
            }
            double c = Math.floor((y - minY) / cell);
            return c != c ? -2 : (int) Math.max(-2, Math.min(ny + 1, c));
        }

        void visit(double x, double y, Builder builder, Points pp, MatchPerson[] ps, Points op, int o,
                   MatchOpening opening, double maxH, double maxKm) {
            int cx = column(x);
            int cy = row(y);
            for (int gy = Math.max(0, cy - 1); gy <= Math.min(ny - 1, cy + 1); gy++) {
                for (int gx = Math.max(0, cx - 1); gx <= Math.min(nx - 1, cx + 1); gx++) {
                    int c = gy * nx + gx;
                    for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                        int i = members[k];
                        tryPair(builder, pp, i, ps[i], op, o, opening, maxH, maxKm);
                    }
                }
            }
        }
    }

    /** Collects one opening's links, then writes them in descending score order by a counting sort. */
    static final class Builder {
        private final int people;
        private final int[] start;
        private int[] person;
        private byte[] score;
        private int size;
        private int opening;
        private int[] pendingPerson;
        private byte[] pendingScore;
        private int pending;
        private final int[] count = new int[Suitability.MAX_POINTS + 2];

        Builder(int people, int openings, long capacity) {
            this.people = people;
            this.start = new int[openings + 1];
            int cap = (int) Math.min(Integer.MAX_VALUE - 16, capacity);
            this.person = new int[cap];
            this.score = new byte[cap];
            this.pendingPerson = new int[Math.max(16, people)];
            this.pendingScore = new byte[Math.max(16, people)];
        }

        void add(int p, int s) {
            if (pending == pendingPerson.length) {
                pendingPerson = Arrays.copyOf(pendingPerson, pending * 2);
                pendingScore = Arrays.copyOf(pendingScore, pending * 2);
            }
            pendingPerson[pending] = p;
            pendingScore[pending] = (byte) s;
            pending++;
        }

        void closeOpening() {
            if (size + pending > person.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 16, Math.max((long) size + pending, person.length * 3L / 2));
                person = Arrays.copyOf(person, grown);
                score = Arrays.copyOf(score, grown);
            }
            // Stable counting sort, highest score first: the exact assignment stops reading an
            // opening's links once the remaining scores cannot beat the best path found.
            int top = Suitability.MAX_POINTS;
            Arrays.fill(count, 0);
            for (int k = 0; k < pending; k++) {
                count[top - pendingScore[k] + 1]++;
            }
            for (int s = 0; s <= top; s++) {
                count[s + 1] += count[s];
            }
            for (int k = 0; k < pending; k++) {
                int at = size + count[top - pendingScore[k]]++;
                person[at] = pendingPerson[k];
                score[at] = pendingScore[k];
            }
            size += pending;
            pending = 0;
            start[++opening] = size;
        }

        CandidateLinks result() {
            return new CandidateLinks(people, start, Arrays.copyOf(person, size), Arrays.copyOf(score, size));
        }
    }
}
