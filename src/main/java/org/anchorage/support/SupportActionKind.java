package org.anchorage.support;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sorts of help a support action can be, and the barriers from the assessment (codes of the plan's
 * barrier list) each is suggested for. "Other" is offered for every barrier, so nothing is forced into a box.
 */
public enum SupportActionKind {
    TRAVEL_PASS("travel-pass", "Travel pass", List.of("transport")),
    CHILDCARE("childcare", "Childcare", List.of("childcare-caring")),
    INTERVIEW_CLOTHES("interview-clothes", "Interview clothes", List.of("confidence")),
    DEBT_ADVICE("debt-advice", "Referral to debt advice", List.of("housing")),
    HOUSING_ADVICE("housing-advice", "Housing advice", List.of("housing")),
    DIGITAL_ACCESS("digital-access", "Digital access (a device, data or a place to get online)", List.of("digital")),
    OTHER("other", "Other", List.of());

    private final String code;
    private final String label;
    private final List<String> barriers;

    SupportActionKind(String code, String label, List<String> barriers) {
        this.code = code;
        this.label = label;
        this.barriers = barriers;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The kinds suggested for one barrier, "Other" last. */
    public static List<SupportActionKind> suggestedFor(String barrier) {
        return Arrays.stream(values()).filter(k -> k == OTHER || k.barriers.contains(barrier)).toList();
    }

    public static Optional<SupportActionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
