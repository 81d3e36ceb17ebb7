package org.anchorage.matching.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The assignment of people to openings with the greatest total suitability, exactly: each person at
 * most one opening, each opening at most {@code places} people, nobody obliged to be placed.
 *
 * <p>Successive shortest augmenting paths (the Hungarian method in its sparse Jonker–Volgenant form).
 * Rows are places (an opening with three places is three identical rows), columns are people; a row
 * costs {@code 100 - score} for a linked person and 100 for leaving the place empty, a private "empty"
 * column per row. Minimising that cost with every row covered is maximising total suitability.
 * Places are added one at a time; each takes the shortest path in reduced costs (Dijkstra, with row
 * and column potentials keeping reduced costs non-negative) to a free person or to its own empty
 * column, and the assignment so far stays optimal for the places added so far.
 *
 * <p>Why it is fast here: reduced costs are integers and a path never costs more than a new row's
 * empty column (100), so Dijkstra's queue is 100 buckets (Dial), not a heap; links are read in
 * descending score order and a row stops reading once the remaining scores cannot beat the best free
 * column already found; and as most people stay free, most paths end after one or a few rows.
 * Potentials stay within 0..100 for rows and -100..0 for people, so int arithmetic cannot overflow.
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

    public static Result solve(CandidateLinks links, List<MatchOpening> openings) {
        return new Solver(links, openings).run();
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

    private ExactAssignment() {}
}
