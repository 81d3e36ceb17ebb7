package org.anchorage.support.web;

import java.util.List;
import java.util.Map;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.support.MentoringProblems;
import org.springframework.validation.BindingResult;

/** What the mentoring and wellbeing pages share: reading numbers typed into a form, and naming every problem on its field. */
final class MentorForms {

    private MentorForms() {
    }

    static void reject(BindingResult result, RuleViolation e) {
        List<RuleViolation> all = e instanceof MentoringProblems many ? many.problems() : List.of(e);
        for (RuleViolation v : all) {
            if (v.field().equals("version")) {
                result.reject("stale", v.getMessage());
            } else if (!result.hasFieldErrors(v.field())) {
                DateInput.reject(result, v.field(), v.getMessage());
            }
        }
    }

    /** A whole number typed into a box, or null when empty; a field error when it is not a number. */
    static Integer number(String typed, String field, String message, BindingResult result) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            DateInput.reject(result, field, message);
            return null;
        }
    }

    static int version(String typed) {
        try {
            return Integer.parseInt(String.valueOf(typed).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static java.util.UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The answers of a check-in form (score0, score1 …), as many as the scale has items; unreadable ones as errors. */
    static List<Integer> scores(Map<String, String> form, int items, BindingResult result) {
        List<Integer> scores = new java.util.ArrayList<>();
        for (int i = 0; i < items; i++) {
            scores.add(number(form.get("score" + i), "score" + i, "Choose an answer from the list", result));
        }
        return scores;
    }
}
