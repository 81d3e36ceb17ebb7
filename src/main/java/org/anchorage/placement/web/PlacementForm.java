package org.anchorage.placement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.placement.Placements;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** Post a paid placement: the text as typed, checked for form, then turned into the facade's command. */
record PlacementForm(
        @NotBlank(message = "Choose a programme") @Size(max = 36, message = "Choose a programme") String programmeId,
        @NotBlank(message = "Enter the placement's job title")
        @Size(max = 200, message = "The job title must be 200 characters or fewer") String title,
        @NotBlank(message = "Choose the NHS role family") @Size(max = 40, message = "Choose the NHS role family") String roleFamily,
        @Size(max = 10, message = "Choose the nearest Agenda for Change band, or none") String afcBand,
        @Size(max = 4000, message = "What the placement involves must be 4000 characters or fewer") String description,
        @NotBlank(message = "Choose one of your sites, or add the site first") @Size(max = 36, message = "Choose one of your sites") String siteId,
        @Size(max = 36, message = "Choose one of your host supervisors") String supervisorId,
        @NotBlank(message = "Enter hours a week as a number, like 30 or 37.5") String hoursPerWeek,
        @NotBlank(message = "Choose the shift pattern") @Size(max = 40, message = "Choose the shift pattern") String shiftPattern,
        @NotBlank(message = "Enter the hourly pay in pounds and pence, like 12.71") String hourlyPay,
        String startsOnDay,
        String startsOnMonth,
        String startsOnYear,
        String endsOnDay,
        String endsOnMonth,
        String endsOnYear,
        @NotBlank(message = "Enter the number of places as a whole number, like 2") String places,
        @NotBlank(message = "Choose the DBS level the role needs") @Size(max = 40, message = "Choose the DBS level the role needs") String dbsLevel,
        @NotBlank(message = "Enter the minimum age as a whole number, like 18") String minimumAge,
        List<@Size(max = 40, message = "Choose checks from the list") String> checksBeforeStart) {

    /** The order of the fields on the page, for the error summary. */
    static final List<String> FIELDS = List.of("programmeId", "title", "roleFamily", "afcBand", "description", "siteId",
            "supervisorId", "hoursPerWeek", "shiftPattern", "hourlyPay", "startsOn", "endsOn", "places", "minimumAge",
            "dbsLevel", "checksBeforeStart");

    static Map<String, String> blank() {
        return Map.of("places", "1", "minimumAge", "18");
    }

    /** The command for the facade, or null when a field is not in the right form (each is in the result). */
    Placements.NewPlacement toCommand(BindingResult result) {
        UUID programme = Forms.uuid(programmeId, "programmeId", "Choose a programme", result);
        UUID site = Forms.uuid(siteId, "siteId", "Choose one of your sites", result);
        UUID supervisor = Forms.optionalUuid(supervisorId, "supervisorId", "Choose one of your host supervisors", result);
        BigDecimal hours = Forms.decimal(hoursPerWeek, "hoursPerWeek", "Enter hours a week as a number, like 30 or 37.5", result);
        Integer pay = Forms.pence(hourlyPay, "hourlyPay", result);
        LocalDate starts = DateInput.parse("startsOn", "The start date", startsOnDay, startsOnMonth, startsOnYear,
                "Enter the start date", result);
        LocalDate ends = DateInput.parse("endsOn", "The end date", endsOnDay, endsOnMonth, endsOnYear, "Enter the end date", result);
        Integer placeCount = Forms.integer(places, "places", "Enter the number of places as a whole number, like 2", result);
        Integer age = Forms.integer(minimumAge, "minimumAge", "Enter the minimum age as a whole number, like 18", result);
        if (result.hasErrors()) {
            return null;
        }
        return new Placements.NewPlacement(new ProgrammeId(programme), site, supervisor, title, roleFamily, afcBand, description,
                hours, shiftPattern, pay, starts, ends, placeCount, dbsLevel, age,
                checksBeforeStart == null ? List.of() : checksBeforeStart);
    }

    /** The values as typed, keyed by the inputs' names, to show the form again. */
    Map<String, String> typed() {
        return Forms.typed("programmeId", programmeId, "title", title, "roleFamily", roleFamily, "afcBand", afcBand,
                "description", description, "siteId", siteId, "supervisorId", supervisorId, "hoursPerWeek", hoursPerWeek,
                "shiftPattern", shiftPattern, "hourlyPay", hourlyPay, "startsOnDay", startsOnDay, "startsOnMonth", startsOnMonth,
                "startsOnYear", startsOnYear, "endsOnDay", endsOnDay, "endsOnMonth", endsOnMonth, "endsOnYear", endsOnYear,
                "places", places, "dbsLevel", dbsLevel, "minimumAge", minimumAge);
    }
}
