package org.anchorage.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One wellbeing check-in: the answers, one per item of the scale, and who recorded it (navigator, mentor, the person). */
public record WellbeingCheckIn(UUID id, LocalDate checkedOn, UUID scale, List<Integer> scores, String recordedAs) {

    public String recordedAsLabel() {
        return switch (recordedAs) {
            case "participant" -> "Self";
            case "mentor" -> "Mentor";
            case "programme-manager" -> "Manager";
            case "assessment" -> "Assessment";
            default -> "Navigator";
        };
    }
}
