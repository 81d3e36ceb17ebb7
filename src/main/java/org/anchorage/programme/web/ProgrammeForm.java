package org.anchorage.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anchorage.programme.ProgrammeContact;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The add/change programme form. Dates are three boxes (day, month, year) as the NHS.UK date input. */
public class ProgrammeForm {

    static final List<String> FIELDS = List.of("name", "status", "startsOn", "endsOn", "description", "contactEmail",
            "contactPhone", "contactHours", "organisationIds");

    @NotBlank(message = "Enter the programme's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;

    @NotBlank(message = "Choose the programme's status")
    private String status;

    @Size(max = 2, message = "Enter a real start day") private String startsOnDay;
    @Size(max = 2, message = "Enter a real start month") private String startsOnMonth;
    @Size(max = 4, message = "Enter a real start year") private String startsOnYear;
    @Size(max = 2, message = "Enter a real end day") private String endsOnDay;
    @Size(max = 2, message = "Enter a real end month") private String endsOnMonth;
    @Size(max = 4, message = "Enter a real end year") private String endsOnYear;

    @Size(max = 2000, message = "Description must be 2000 characters or fewer")
    private String description;

    @Size(max = 254, message = "Email address must be 254 characters or fewer")
    @Pattern(regexp = "\\s*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "Enter the team's email address, like team@example.nhs.uk")
    private String contactEmail;
    @Size(max = 30, message = "Phone number must be 30 characters or fewer")
    @Pattern(regexp = "\\s*|\\s*[0-9 +()-]{6,30}\\s*", message = "Enter the team's phone number, like 01632 960 001")
    private String contactPhone;
    @Size(max = 200, message = "Opening hours must be 200 characters or fewer") private String contactHours;

    private List<UUID> organisationIds = new ArrayList<>();

    static ProgrammeForm of(String name, String status, LocalDate startsOn, LocalDate endsOn, String description,
                            List<UUID> organisations, ProgrammeContact contact) {
        ProgrammeForm form = new ProgrammeForm();
        form.name = name;
        form.status = status;
        if (startsOn != null) {
            form.startsOnDay = Integer.toString(startsOn.getDayOfMonth());
            form.startsOnMonth = Integer.toString(startsOn.getMonthValue());
            form.startsOnYear = Integer.toString(startsOn.getYear());
        }
        if (endsOn != null) {
            form.endsOnDay = Integer.toString(endsOn.getDayOfMonth());
            form.endsOnMonth = Integer.toString(endsOn.getMonthValue());
            form.endsOnYear = Integer.toString(endsOn.getYear());
        }
        form.description = description;
        form.organisationIds = new ArrayList<>(organisations);
        form.contactEmail = contact.email();
        form.contactPhone = contact.phone();
        form.contactHours = contact.openingHours();
        return form;
    }

    LocalDate startsOn(BindingResult result) {
        return DateInput.parse("startsOn", "The start date", startsOnDay, startsOnMonth, startsOnYear, null, result);
    }

    LocalDate endsOn(BindingResult result) {
        return DateInput.parse("endsOn", "The end date", endsOnDay, endsOnMonth, endsOnYear, null, result);
    }

    /** The date as typed, so the page can bind errors to the date input as one field. */
    public String getStartsOn() { return String.join("/", String.valueOf(startsOnDay), String.valueOf(startsOnMonth), String.valueOf(startsOnYear)); }
    public String getEndsOn() { return String.join("/", String.valueOf(endsOnDay), String.valueOf(endsOnMonth), String.valueOf(endsOnYear)); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getStartsOnDay() { return startsOnDay; }
    public void setStartsOnDay(String v) { this.startsOnDay = v; }
    public String getStartsOnMonth() { return startsOnMonth; }
    public void setStartsOnMonth(String v) { this.startsOnMonth = v; }
    public String getStartsOnYear() { return startsOnYear; }
    public void setStartsOnYear(String v) { this.startsOnYear = v; }
    public String getEndsOnDay() { return endsOnDay; }
    public void setEndsOnDay(String v) { this.endsOnDay = v; }
    public String getEndsOnMonth() { return endsOnMonth; }
    public void setEndsOnMonth(String v) { this.endsOnMonth = v; }
    public String getEndsOnYear() { return endsOnYear; }
    public void setEndsOnYear(String v) { this.endsOnYear = v; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    ProgrammeContact contact() {
        return new ProgrammeContact(contactEmail == null ? "" : contactEmail, contactPhone == null ? "" : contactPhone,
                contactHours == null ? "" : contactHours);
    }

    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { this.contactEmail = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { this.contactPhone = v; }
    public String getContactHours() { return contactHours; }
    public void setContactHours(String v) { this.contactHours = v; }
    public List<UUID> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(List<UUID> organisationIds) { this.organisationIds = organisationIds == null ? new ArrayList<>() : organisationIds; }
}
