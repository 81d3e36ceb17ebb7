package org.anchorage.eligibility.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The check-a-person form: postcode, date of birth (three boxes), employment status, right to work. */
public class CheckForm {

    static final List<String> FIELDS = List.of("postcode", "dateOfBirth", "employmentStatus", "rightToWork");

    @NotBlank(message = "Enter a postcode")
    @Size(max = 16, message = "Postcode must be 16 characters or fewer")
    private String postcode;
    @Size(max = 2, message = "Enter a real day") private String dateOfBirthDay;
    @Size(max = 2, message = "Enter a real month") private String dateOfBirthMonth;
    @Size(max = 4, message = "Enter a real year") private String dateOfBirthYear;
    private String employmentStatus;
    private String rightToWork;

    LocalDate dateOfBirth(BindingResult result) {
        return DateInput.parse("dateOfBirth", "Date of birth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, "Enter a date of birth", result);
    }

    /** The date as typed, so errors can be bound to the date input as one field. */
    public String getDateOfBirth() { return dateOfBirthDay + "/" + dateOfBirthMonth + "/" + dateOfBirthYear; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getDateOfBirthDay() { return dateOfBirthDay; }
    public void setDateOfBirthDay(String v) { dateOfBirthDay = v; }
    public String getDateOfBirthMonth() { return dateOfBirthMonth; }
    public void setDateOfBirthMonth(String v) { dateOfBirthMonth = v; }
    public String getDateOfBirthYear() { return dateOfBirthYear; }
    public void setDateOfBirthYear(String v) { dateOfBirthYear = v; }
    public String getEmploymentStatus() { return employmentStatus; }
    public void setEmploymentStatus(String v) { employmentStatus = v; }
    public String getRightToWork() { return rightToWork; }
    public void setRightToWork(String v) { rightToWork = v; }
}
