package org.anchorage.placement;

import java.util.ArrayList;
import java.util.List;
import org.anchorage.shared.RuleViolation;

/**
 * Every rule a change broke, gathered before anything is written, so a page can list them all in one
 * error summary. Thrown as the first of them, so anything that reads one RuleViolation still works.
 */
public final class Refusals extends RuleViolation {

    private final List<RuleViolation> all;

    private Refusals(List<RuleViolation> all) {
        super(all.getFirst().field(), all.getFirst().getMessage());
        this.all = List.copyOf(all);
    }

    public List<RuleViolation> all() {
        return all;
    }

    /** Collects refusals, one per field (the first said for a field is the one that counts). */
    static final class Collector {

        private final List<RuleViolation> found = new ArrayList<>();

        void refuse(String field, String message) {
            if (found.stream().noneMatch(v -> v.field().equals(field))) {
                found.add(new RuleViolation(field, message));
            }
        }

        /** Throws every refusal so far, or does nothing when there is none. */
        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new Refusals(found);
            }
        }
    }
}
