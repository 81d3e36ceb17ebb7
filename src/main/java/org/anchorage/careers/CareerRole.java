package org.anchorage.careers;

import java.time.Instant;

/**
 * One role in health and care, as residents read it: what the job is, a day in it, the usual Agenda for Change band
 * (its pay comes from the placement module's pay table on the day shown), the training needed, the route through the
 * programme and an easy-read text (one short sentence a line). {@code afcBand} is null when the role has no usual band.
 */
public record CareerRole(String slug, String title, String roleFamily, String whatItIs, String dayInJob, String afcBand, String training,
                         String route, String easyRead, int order, boolean published, String editedBy, Instant editedAt) {

    /** The easy-read text, a point a line, blank lines left out. */
    public java.util.List<String> easyReadPoints() {
        return easyRead.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A text's paragraphs (a manager may put each on its own line), blank lines left out. */
    public java.util.List<String> paragraphs(String text) {
        return text == null ? java.util.List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** What a manager enters; {@code order} is null when it was not a whole number, {@code published} when not chosen. */
    public record Content(String title, String roleFamily, String whatItIs, String dayInJob, String afcBand, String training, String route,
                          String easyRead, Integer order, Boolean published) {}

    /**
     * A role with its pay worked out for today: {@code band} like "Band 2" (null when none), {@code yearlyPay} like
     * "£24,465" (null when the pay table has no row for the band today).
     */
    public record Shown(CareerRole role, String familyLabel, String band, String yearlyPay) {

        /** "Band 2: £24,465 a year to start", "Band 2", or null. */
        public String payLine() {
            if (band == null) {
                return null;
            }
            return yearlyPay == null ? band : band + ": " + yearlyPay + " a year to start";
        }
    }
}
