package org.anchorage.matching.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The assignment of people to openings with the greatest total suitability, exactly: each person at
 * most one opening, each opening at most {@code places} people, nobody obliged to be placed.
 *
 * <p>Successive shortest augmenting paths (the Hungarian method in its sparse Jonker–Volgenant form),
 * with the smaller side as the rows. Either way a row costs {@code 100 - score} for a link and 100 for
 * its private "nothing" column, so minimising cost with every row covered is maximising total
 * suitability. Rows are added one at a time; each takes the shortest path in reduced costs (Dijkstra,
 * with row and column potentials keeping reduced costs non-negative) to a free column or to its own
 * nothing column, and the assignment so far stays optimal for the rows added so far.
 * <ul>
 *   <li>Places as rows (an opening with three places is three identical rows), people as columns, when
 *       people outnumber places: most people stay free, so most paths end after one or a few rows.
 *   <li>People as rows, openings as columns with capacities, when places outnumber people: most
 *       openings keep a place free, so again most paths are short. The occupants of a full opening all
 *       sit on tight (zero reduced cost) links, so reaching the opening reaches every occupant at the
 *       same distance, and whichever one a path displaces is the right one: the successive-shortest-path
 *       min-cost flow on the capacitated graph, without expanding openings into one column per place.
 * </ul>
 * Rows of the larger side would each have to displace someone, and paths grow long: that was the cliff.
 *
 * <p>Why it is fast here: reduced costs are integers and a path never costs more than a new row's
 * nothing column (100), so Dijkstra's queue is 100 buckets (Dial), not a heap; links are read in
 * descending score order and a row stops reading once the remaining scores cannot beat the best free
 * column already found. Potentials stay within 0..100 for rows and -100..0 for columns, so int
 * arithmetic cannot overflow.
 *
 * <p>Stateless: every call works on its own arrays, so calls may run in parallel.
 */
public final class ExactAssignment {

    /**
     * @param openingOfPerson  for each person, the opening index assigned, or -1
     * @param totalSuitability the sum of the assigned links' scores
     * @param assigned         how many people were assigned
     */
    public record Result(int[] openingOfPerson, long totalSuitability, int assigned) {}

    private static final int W = Suitability.MAX_POINTS;
    private static final int EMPTY = -1;
    private static final int NONE = -2;

    /** Which side of the problem the augmentation adds one at a time. */
    enum Rows { PLACES, PEOPLE }

    public static Result solve(CandidateLinks links, List<MatchOpening> openings) {
        return solve(links, openings, null);
    }

    /** With the rows chosen (for tests: both sides must agree), or by size when {@code rows} is null. */
    static Result solve(CandidateLinks links, List<MatchOpening> openings, Rows rows) {
        checkShape(links, openings);
        Rows side = rows != null ? rows : smallerSide(links, openings);
        return side == Rows.PEOPLE ? new PersonRows(links, openings).run() : new Solver(links, openings).run();
    }

    /**
     * People as rows when fewer people than places can be matched at all (counting only people and
     * openings with links): every row beyond the other side's size has to displace someone.
     */
    static Rows smallerSide(CandidateLinks links, List<MatchOpening> openings) {
        long places = 0;
        boolean[] linked = new boolean[links.people()];
        for (int o = 0; o < links.openings(); o++) {
            if (links.end(o) > links.start(o)) {
                places += Math.max(0, openings.get(o).places());
            }
            for (int k = links.start(o); k < links.end(o); k++) {
                linked[links.person(k)] = true;
            }
        }
        int people = 0;
        for (boolean b : linked) {
            if (b) {
                people++;
            }
        }
        return people < places ? Rows.PEOPLE : Rows.PLACES;
    }

    /** The result for an assignment given as opening per person (totals recomputed from the links). */
    static Result resultOf(CandidateLinks links, int[] openingOfPerson) {
        long total = 0;
        int assigned = 0;
        for (int o = 0; o < links.openings(); o++) {
            for (int k = links.start(o); k < links.end(o); k++) {
                if (openingOfPerson[links.person(k)] == o) {
                    total += links.score(k);
                    assigned++;
                }
            }
        }
        return new Result(openingOfPerson, total, assigned);
    }

    static void checkShape(CandidateLinks links, List<MatchOpening> openings) {
        if (links.openings() != openings.size()) {
            throw new IllegalArgumentException("The links cover " + links.openings() + " openings but "
                    + openings.size() + " were given");
        }
    }

    /** Places as rows, people as columns: for when people outnumber places. */
    private static final class Solver {
        private final CandidateLinks links;
        private final int[] rowOpening;
        private final int[] u;
        private final int[] v;
        private final int[] colRow;
        private final int[] rowCol;
        private final int[] d;
        private final int[] dStamp;
        private final int[] seen;
        private final int[] pred;
        private int[] visited;
        private int visitedCount;
        private final int[][] bucket = new int[W + 1][];
        private final int[] bucketSize = new int[W + 1];
        private int stamp;
        private int bound;
        private int bestRow;
        private int bestCol;

        Solver(CandidateLinks links, List<MatchOpening> openings) {
            checkShape(links, openings);
            this.links = links;
            int rows = 0;
            for (MatchOpening o : openings) {
                rows += Math.max(0, o.places());
            }
            rowOpening = new int[rows];
            int r = 0;
            for (int o = 0; o < openings.size(); o++) {
                for (int p = 0; p < openings.get(o).places(); p++) {
                    rowOpening[r++] = o;
                }
            }
            int people = links.people();
            u = new int[rows];
            rowCol = new int[rows];
            Arrays.fill(rowCol, NONE);
            v = new int[people];
            colRow = new int[people];
            Arrays.fill(colRow, -1);
            d = new int[people];
            dStamp = new int[people];
            seen = new int[people];
            pred = new int[people];
            visited = new int[64];
            for (int b = 0; b <= W; b++) {
                bucket[b] = new int[16];
            }
        }

        Result run() {
            for (int r = 0; r < rowOpening.length; r++) {
                addRow(r);
            }
            int[] openingOfPerson = new int[links.people()];
            Arrays.fill(openingOfPerson, -1);
            for (int p = 0; p < colRow.length; p++) {
                if (colRow[p] >= 0) {
                    openingOfPerson[p] = rowOpening[colRow[p]];
                }
            }
            return resultOf(links, openingOfPerson);
        }

        private void addRow(int r0) {
            stamp++;
            bound = Integer.MAX_VALUE;
            visitedCount = 0;
            scan(r0, 0);
            int cur = 0;
            search:
            for (; cur < bound; cur++) {
                while (bucketSize[cur] > 0) {
                    if (cur >= bound) {
                        break search;
                    }
                    int j = bucket[cur][--bucketSize[cur]]; // re-read: scan may have grown this bucket
                    if (seen[j] == stamp || d[j] != cur) {
                        continue; // a stale entry: j was reached more cheaply later, or already settled
                    }
                    seen[j] = stamp;
                    if (visitedCount == visited.length) {
                        visited = Arrays.copyOf(visited, visitedCount * 2);
                    }
                    visited[visitedCount++] = j;
                    scan(colRow[j], cur);
                }
            }
            for (int b = 0; b <= W; b++) {
                bucketSize[b] = 0;
            }
            int delta = bound;
            // Potentials: settled people (d < delta) and their rows move by delta - d, which keeps the
            // matched links tight and every reduced cost non-negative for the next search.
            for (int x = 0; x < visitedCount; x++) {
                int j = visited[x];
                int w = delta - d[j];
                v[j] -= w;
                u[colRow[j]] += w;
            }
            u[r0] += delta;
            int row = bestRow;
            int col = bestCol;
            while (true) {
                int previous = rowCol[row];
                rowCol[row] = col;
                if (col >= 0) {
                    colRow[col] = row;
                }
                if (row == r0) {
                    break;
                }
                col = previous;
                row = pred[col];
            }
        }

        /** Relaxes the links of row i, reached at distance dist. */
        private void scan(int i, int dist) {
            int base = dist - u[i];
            if (base + W < bound) {
                bound = base + W;
                bestRow = i;
                bestCol = EMPTY;
            }
            int o = rowOpening[i];
            for (int k = links.start(o), end = links.end(o); k < end; k++) {
                int lower = base + W - links.score(k);
                if (lower >= bound) {
                    break; // scores only fall from here and v <= 0, so no later link can do better
                }
                int p = links.person(k);
                if (seen[p] == stamp) {
                    continue;
                }
                int nd = lower - v[p];
                if (nd >= bound || (dStamp[p] == stamp && d[p] <= nd)) {
                    continue;
                }
                dStamp[p] = stamp;
                d[p] = nd;
                pred[p] = i;
                if (colRow[p] < 0) {
                    bound = nd;
                    bestRow = i;
                    bestCol = p;
                } else {
                    int size = bucketSize[nd];
                    if (size == bucket[nd].length) {
                        bucket[nd] = Arrays.copyOf(bucket[nd], size * 2);
                    }
                    bucket[nd][size] = p;
                    bucketSize[nd] = size + 1;
                }
            }
        }
    }

    /**
     * People as rows, openings as columns with capacities: for when places outnumber people. The same
     * search as {@link Solver}, read from the other side: u is a person's potential, v an opening's, a
     * link's reduced cost is {@code 100 - score - u - v}, and a person's nothing column costs
     * {@code 100 - u}. An opening with a place left ends a path (its v stays 0: it is never settled);
     * a full one is settled like a matched column, and then all its occupants are scanned at its
     * distance, since their links to it are tight.
     */
    private static final class PersonRows {
        private final CandidateLinks links;
        private final int people;
        // Links by person (compressed sparse rows), best score first, openings without places left out.
        private final int[] personStart;
        private final int[] linkOpening;
        private final byte[] linkScore;
        private final int[] places;
        // Occupants of opening o are occupant[slotStart[o] .. slotStart[o] + filled[o] - 1].
        private final int[] slotStart;
        private final int[] occupant;
        private final int[] filled;
        private final int[] openingOf;
        private final int[] slotOf;
        private final int[] u;
        private final int[] v;
        private final int[] d;
        private final int[] dStamp;
        private final int[] seen;
        private final int[] pred;
        private int[] visited;
        private int visitedCount;
        private final int[][] bucket = new int[W + 1][];
        private final int[] bucketSize = new int[W + 1];
        private int stamp;
        private int bound;
        private int bestRow;
        private int bestCol;

        PersonRows(CandidateLinks links, List<MatchOpening> openings) {
            this.links = links;
            people = links.people();
            int m = links.openings();
            places = new int[m];
            slotStart = new int[m + 1];
            for (int o = 0; o < m; o++) {
                places[o] = Math.max(0, openings.get(o).places());
                slotStart[o + 1] = slotStart[o] + places[o];
            }
            occupant = new int[slotStart[m]];
            filled = new int[m];
            personStart = new int[people + 1];
            for (int o = 0; o < m; o++) {
                if (places[o] > 0) {
                    for (int k = links.start(o); k < links.end(o); k++) {
                        personStart[links.person(k) + 1]++;
                    }
                }
            }
            for (int p = 0; p < people; p++) {
                personStart[p + 1] += personStart[p];
            }
            linkOpening = new int[personStart[people]];
            linkScore = new byte[personStart[people]];
            // Transpose in O(links) and keep each person's links best first: take every opening's
            // (descending) links score by score, from 100 down, so each person's list fills in order.
            int[] fill = Arrays.copyOf(personStart, people);
            int[] cursor = new int[m];
            for (int o = 0; o < m; o++) {
                cursor[o] = places[o] > 0 ? links.start(o) : links.end(o);
            }
            for (int score = W; score >= 0; score--) {
                for (int o = 0; o < m; o++) {
                    int k = cursor[o];
                    for (int end = links.end(o); k < end && links.score(k) == score; k++) {
                        int at = fill[links.person(k)]++;
                        linkOpening[at] = o;
                        linkScore[at] = (byte) score;
                    }
                    cursor[o] = k;
                }
            }
            openingOf = new int[people];
            Arrays.fill(openingOf, NONE);
            slotOf = new int[people];
            u = new int[people];
            v = new int[m];
            d = new int[m];
            dStamp = new int[m];
            seen = new int[m];
            pred = new int[m];
            visited = new int[64];
            for (int b = 0; b <= W; b++) {
                bucket[b] = new int[16];
            }
        }

        Result run() {
            for (int p = 0; p < people; p++) {
                if (personStart[p + 1] > personStart[p]) {
                    addRow(p); // a person without links could only stay unassigned
                }
            }
            int[] openingOfPerson = new int[people];
            for (int p = 0; p < people; p++) {
                openingOfPerson[p] = openingOf[p] >= 0 ? openingOf[p] : -1;
            }
            return resultOf(links, openingOfPerson);
        }

        private void addRow(int r0) {
            stamp++;
            bound = Integer.MAX_VALUE;
            visitedCount = 0;
            scan(r0, 0);
            int cur = 0;
            search:
            for (; cur < bound; cur++) {
                while (bucketSize[cur] > 0) {
                    if (cur >= bound) {
                        break search;
                    }
                    int o = bucket[cur][--bucketSize[cur]];
                    if (seen[o] == stamp || d[o] != cur) {
                        continue;
                    }
                    seen[o] = stamp;
                    if (visitedCount == visited.length) {
                        visited = Arrays.copyOf(visited, visitedCount * 2);
                    }
                    visited[visitedCount++] = o;
                    for (int s = slotStart[o], end = s + filled[o]; s < end && cur < bound; s++) {
                        scan(occupant[s], cur);
                    }
                }
            }
            for (int b = 0; b <= W; b++) {
                bucketSize[b] = 0;
            }
            int delta = bound;
            // A settled opening and its occupants (all at its distance) move by delta - d: matched links
            // stay tight and every reduced cost stays non-negative.
            for (int x = 0; x < visitedCount; x++) {
                int o = visited[x];
                int w = delta - d[o];
                v[o] -= w;
                for (int s = slotStart[o], end = s + filled[o]; s < end; s++) {
                    u[occupant[s]] += w;
                }
            }
            u[r0] += delta;
            // Walk back: each person on the path takes the next opening (or nothing), and the place it
            // leaves goes to the person who reached that opening.
            int row = bestRow;
            int col = bestCol;
            int slot = col >= 0 ? slotStart[col] + filled[col]++ : -1;
            while (true) {
                int previous = openingOf[row];
                int previousSlot = slotOf[row];
                openingOf[row] = col;
                slotOf[row] = slot;
                if (slot >= 0) {
                    occupant[slot] = row;
                }
                if (row == r0) {
                    break;
                }
                col = previous;
                slot = previousSlot;
                row = pred[col];
            }
        }

        /** Relaxes the links of person i, reached at distance dist. */
        private void scan(int i, int dist) {
            int base = dist - u[i];
            if (base + W < bound) {
                bound = base + W;
                bestRow = i;
                bestCol = EMPTY;
            }
            for (int k = personStart[i], end = personStart[i + 1]; k < end; k++) {
                int lower = base + W - linkScore[k];
                if (lower >= bound) {
                    break; // scores only fall from here and v <= 0, so no later link can do better
                }
                int o = linkOpening[k];
                if (seen[o] == stamp) {
                    continue; // settled, including the opening i holds now
                }
                int nd = lower - v[o];
                if (nd >= bound || (dStamp[o] == stamp && d[o] <= nd)) {
                    continue;
                }
                dStamp[o] = stamp;
                d[o] = nd;
                pred[o] = i;
                if (filled[o] < places[o]) {
                    bound = nd;
                    bestRow = i;
                    bestCol = o;
                } else {
                    int size = bucketSize[nd];
                    if (size == bucket[nd].length) {
                        bucket[nd] = Arrays.copyOf(bucket[nd], size * 2);
                    }
                    bucket[nd][size] = o;
                    bucketSize[nd] = size + 1;
                }
            }
        }
    }

    private ExactAssignment() {}
}
