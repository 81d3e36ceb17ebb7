package org.anchorage.matching.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The baseline the exact assignment is measured against: links in descending score order, each taken
 * when its person is still free and its opening still has a place. Ties go to the lower opening index.
 * Stateless and thread-safe.
 */
public final class GreedyAssignment {

    public static ExactAssignment.Result solve(CandidateLinks links, List<MatchOpening> openings) {
        ExactAssignment.checkShape(links, openings);
        int top = Suitability.MAX_POINTS;
        // Counting sort of all links by score, highest first: linear, as scores are 0..100.
        int[] count = new int[top + 2];
        for (int k = 0; k < links.size(); k++) {
            count[top - links.score(k) + 1]++;
        }
        for (int s = 0; s <= top; s++) {
            count[s + 1] += count[s];
        }
        int[] order = new int[links.size()];
        int[] openingOf = new int[links.size()];
        for (int o = 0; o < links.openings(); o++) {
            for (int k = links.start(o); k < links.end(o); k++) {
                int at = count[top - links.score(k)]++;
                order[at] = k;
                openingOf[at] = o;
            }
        }
        int[] left = new int[openings.size()];
        for (int o = 0; o < left.length; o++) {
            left[o] = Math.max(0, openings.get(o).places());
        }
        int[] openingOfPerson = new int[links.people()];
        Arrays.fill(openingOfPerson, -1);
        long total = 0;
        int assigned = 0;
        for (int x = 0; x < order.length; x++) {
            int o = openingOf[x];
            int p = links.person(order[x]);
            if (left[o] > 0 && openingOfPerson[p] < 0) {
                openingOfPerson[p] = o;
                left[o]--;
                total += links.score(order[x]);
                assigned++;
            }
        }
        return new ExactAssignment.Result(openingOfPerson, total, assigned);
    }

    private GreedyAssignment() {}
}
