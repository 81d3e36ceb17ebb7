package org.anchorage.placement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A placement's shift pattern, and the times someone must be able to work for it (the codes of the
 * plan's "when they can work" question), which matching weighs against caring times.
 */
public enum ShiftPattern {
    WEEKDAY_DAYS("weekday-days", "Weekday daytimes", List.of("weekday-days")),
    SCHOOL_HOURS("school-hours", "School hours (about 9:30 to 2:30)", List.of("school-hours")),
    EARLY_LATE("early-late", "Early and late shifts", List.of("weekday-days", "evenings")),
    NIGHTS("nights", "Nights", List.of("nights")),
    ROTA_WITH_WEEKENDS("rota-weekends", "Rota including weekends", List.of("weekday-days", "evenings", "weekends")),
    WEEKENDS("weekends", "Weekends only", List.of("weekends"));

    private final String code;
    private final String label;
    private final List<String> needs;

    ShiftPattern(String code, String label, List<String> needs) {
        this.code = code;
        this.label = label;
        this.needs = needs;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The availability codes (Plans.SHIFTS) someone needs for this pattern. */
    public List<String> needs() {
        return needs;
    }

    /**
     * The youngest age someone may be on the start date: young workers (under 18) may not normally work at
     * night (Working Time Regulations 1998, reg. 6A), so night shifts are for 18 and over.
     */
    public int youngestAge() {
        return this == NIGHTS ? 18 : 16;
    }

    public static Optional<ShiftPattern> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
