package org.anchorage.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** Schedule a training session: the day on the NHS.UK date input, the start time in a box, as typed. */
public class SessionForm {

    static final List<String> FIELDS = List.of("courseId", "programmeId", "date", "time", "venue", "capacity", "trainerId");

    @NotBlank(message = "Choose a course") @Size(max = 36, message = "Choose a course") private String courseId;
    @NotBlank(message = "Choose a programme") @Size(max = 36, message = "Choose a programme") private String programmeId;
    private String dateDay;
    private String dateMonth;
    private String dateYear;
    @NotBlank(message = "Enter the start time, like 9:30am or 14:00") @Size(max = 8, message = "Enter the start time, like 9:30am or 14:00")
    private String time;
    @NotBlank(message = "Give the venue or the online link")
    @Size(max = 300, message = "The venue or online link must be 300 characters or fewer") private String venue;
    @NotBlank(message = "Enter the number of places, like 12") @Size(max = 3, message = "Places must be between 1 and 500")
    private String capacity;
    @Size(max = 36, message = "Choose the trainer") private String trainerId;

    /** The day and time typed, when both are real, even if other fields have problems. */
    private java.time.LocalDateTime startsAt;

    java.time.LocalDateTime startsAt() {
        return startsAt;
    }

    /** What the form says, once every field is in the right form; null otherwise (each problem is in the result). */
    record Parsed(UUID course, UUID programme, LocalDate date, LocalTime time, String venue, int capacity, UUID trainer) {}

    Parsed parse(boolean trainerChosen, BindingResult result) {
        UUID course = uuid(courseId, "courseId", "Choose a course", result);
        UUID programme = uuid(programmeId, "programmeId", "Choose a programme", result);
        LocalDate day = DateInput.parse("date", "The session date", dateDay, dateMonth, dateYear, "Enter the date of the session", result);
        LocalTime at = result.hasFieldErrors("time") ? null : time(result);
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
        startsAt = day == null || at == null ? null : day.atTime(at);
        return result.hasErrors() ? null : new Parsed(course, programme, day, at, venue, places, trainer);
    }

    /** "14:00", "9.30", "9:30am", "2pm": the ways people write a start time. */
    private LocalTime time(BindingResult result) {
        String typed = time.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        boolean pm = typed.endsWith("pm");
        boolean am = typed.endsWith("am");
        if (am || pm) {
            typed = typed.substring(0, typed.length() - 2);
            if (!typed.contains(":") && !typed.contains(".")) {
                typed = typed + ":00";
            }
        }
        LocalTime parsed = DateInput.parseTime("time", typed, "Enter the start time, like 9:30am or 14:00", result);
        if (parsed != null && (am || pm)) {
            if (parsed.getHour() < 1 || parsed.getHour() > 12) {
                DateInput.reject(result, "time", "Enter the start time, like 9:30am or 14:00");
                return null;
            }
            parsed = parsed.withHour(parsed.getHour() % 12 + (pm ? 12 : 0));
        }
        return parsed;
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

    /** The date as typed, so errors bind to the date input as one field. */
    public String getDate() { return dateDay + "/" + dateMonth + "/" + dateYear; }
    public String getCourseId() { return courseId; }
    public void setCourseId(String v) { courseId = v; }
    public String getProgrammeId() { return programmeId; }
    public void setProgrammeId(String v) { programmeId = v; }
    public String getDateDay() { return dateDay; }
    public void setDateDay(String v) { dateDay = v; }
    public String getDateMonth() { return dateMonth; }
    public void setDateMonth(String v) { dateMonth = v; }
    public String getDateYear() { return dateYear; }
    public void setDateYear(String v) { dateYear = v; }
    public String getTime() { return time; }
    public void setTime(String v) { time = v; }
    public String getVenue() { return venue; }
    public void setVenue(String v) { venue = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { capacity = v; }
    public String getTrainerId() { return trainerId; }
    public void setTrainerId(String v) { trainerId = v; }
}
