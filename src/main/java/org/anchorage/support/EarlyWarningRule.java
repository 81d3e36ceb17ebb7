package org.anchorage.support;

/**
 * One early-warning rule as a programme has set it.
 *
 * @param threshold days, a count, points, a percentage or working days, as {@link Code#unit()} says
 * @param lowScore  wellbeing only: a score at or below this on an item where higher is better raises a flag
 * @param highScore wellbeing only: a score at or above this on an item where lower is better (anxiety) raises a flag
 */
public record EarlyWarningRule(Code code, boolean enabled, int threshold, Integer lowScore, Integer highScore, int version) {

    /** The six rules the issue names, with their defaults. */
    public enum Code {
        NO_CONTACT("no-contact", "No contact", "days", "No contact recorded for this many days", 14, null, null),
        MISSED_IN_A_ROW("missed-in-a-row", "Missed appointments or sessions in a row", "in a row",
                "Appointments, training or mentoring sessions missed one after another", 2, null, null),
        WELLBEING_DROP("wellbeing-drop", "Wellbeing down", "points",
                "A wellbeing item worse by this many points than at the previous check-in", 2, 4, 6),
        PLACEMENT_ATTENDANCE("placement-attendance", "Placement attendance low", "%",
                "Attendance below this share of the placement's weekly hours in the latest week", 80, null, null),
        CHECK_STUCK("check-stuck", "Employment check stuck", "working days",
                "A pre-employment check not cleared this many working days after it was requested", 10, null, null),
        NO_MENTORING_IN_PLACEMENT("no-mentoring-in-placement", "No mentoring during a placement", "days",
                "No mentoring session held for this many days while the person is on a placement", 21, null, null);

        private final String code;
        private final String label;
        private final String unit;
        private final String meaning;
        private final int threshold;
        private final Integer lowScore;
        private final Integer highScore;

        Code(String code, String label, String unit, String meaning, int threshold, Integer lowScore, Integer highScore) {
            this.code = code;
            this.label = label;
            this.unit = unit;
            this.meaning = meaning;
            this.threshold = threshold;
            this.lowScore = lowScore;
            this.highScore = highScore;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }

        public String meaning() {
            return meaning;
        }

        public boolean hasScores() {
            return lowScore != null;
        }

        /** The values a manager sets for the rule, as the page names its fields. */
        public java.util.List<String> fields() {
            return hasScores() ? java.util.List.of("threshold", "low", "high") : java.util.List.of("threshold");
        }

        /** The largest threshold a manager may set (a percentage stops at 100). */
        public int maximum() {
            return this == PLACEMENT_ATTENDANCE ? 100 : this == MISSED_IN_A_ROW ? 20 : 365;
        }

        public EarlyWarningRule byDefault() {
            return new EarlyWarningRule(this, true, threshold, lowScore, highScore, 0);
        }

        public static java.util.Optional<Code> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
        }
    }
}
