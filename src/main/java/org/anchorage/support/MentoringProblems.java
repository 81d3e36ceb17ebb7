package org.anchorage.support;

import java.util.List;
import org.anchorage.shared.RuleViolation;

/** Everything wrong with a mentoring or wellbeing request at once, each naming its field, so a page lists them all. */
public class MentoringProblems extends RuleViolation {

    private final List<RuleViolation> problems;

    public MentoringProblems(List<RuleViolation> problems) {
        super(problems.getFirst().field(), problems.getFirst().getMessage());
        this.problems = List.copyOf(problems);
    }

    public List<RuleViolation> problems() {
        return problems;
    }

    static void throwIfAny(List<RuleViolation> problems) {
        if (!problems.isEmpty()) {
            throw new MentoringProblems(problems);
        }
    }
}
