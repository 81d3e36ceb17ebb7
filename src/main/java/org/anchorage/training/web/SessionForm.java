package org.anchorage.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** Schedule a training session: the text as typed, checked for form before the facade's rules. */
record SessionForm(
        @NotBlank(message = "Choose a course") @Size(max = 36, message = "Choose a course") String courseId,
        @NotBlank(message = "Choose a programme") @Size(max = 36, message = "Choose a programme") String programmeId,
        @NotBlank(message = "Enter the date like 2026-12-01") @Size(max = 10, message = "Enter the date like 2026-12-01") String date,
        @NotBlank(message = "Enter the time like 09:30") @Size(max = 5, message = "Enter the time like 09:30") String time,
        @NotBlank(message = "Give the venue or the online link")
        @Size(max = 300, message = "The venue or online link must be 300 characters or fewer") String venue,
        @NotBlank(message = "Enter the number of places, like 12") @Size(max = 3, message = "Places must be between 1 and 500") String capacity,
        @Size(max = 36, message = "Choose the trainer") String trainerId) {

    static final List<String> FIELDS = List.of("courseId", "programmeId", "date", "time", "venue", "capacity", "trainerId");

    /** What the form says, once every field is in the right form; null otherwise (each problem is in the result). */
    record Parsed(UUID course, UUID programme, LocalDate date, LocalTime time, String venue, int capacity, UUID trainer) {}

    Parsed parse(boolean trainerChosen, BindingResult result) {
        UUID course = uuid(courseId, "courseId", "Choose a course", result);
        UUID programme = uuid(programmeId, "programmeId", "Choose a programme", result);
        LocalDate day = result.hasFieldErrors("date") ? null : DateInput.parseIso("date", date, "Enter the date like 2026-12-01", result);
        LocalTime at = result.hasFieldErrors("time") ? null : DateInput.parseTime("time", time, "Enter the time like 09:30", result);
        Integer places = null;
        if (!result.hasFieldErrors("capacity")) {
            try {
                places = Integer.valueOf(capacity.strip());
                if (places < 1 || places > 500) {
                    DateInput.reject(result, "capacity", "Places must be between 1 and 500");
                }
            } catch (NumberFormatException e) {
                DateInput.reject(result, "capacity", "Enter the number of places, like 12");
            }
        }
        UUID trainer = trainerChosen ? uuid(trainerId, "trainerId", "Choose the trainer", result) : null;
        return result.hasErrors() ? null : new Parsed(course, programme, day, at, venue, places, trainer);
    }

    Map<String, String> typed() {
        Map<String, String> values = new HashMap<>();
        String[] names = {"courseId", "programmeId", "date", "time", "venue", "capacity", "trainerId"};
        String[] typed = {courseId, programmeId, date, time, venue, capacity, trainerId};
        for (int i = 0; i < names.length; i++) {
            if (typed[i] != null) {
                values.put(names[i], typed[i]);
            }
        }
        return values;
    }

    private static UUID uuid(String value, String field, String message, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return UUID.fromString(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            DateInput.reject(result, field, message);
            return null;
        }
    }
}
