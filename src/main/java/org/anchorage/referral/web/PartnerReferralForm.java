package org.anchorage.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The partner's refer-someone form. The one-time key makes a double-submitted form one referral. */
public class PartnerReferralForm {

    static final List<String> FIELDS = List.of("programmeId", "givenName", "familyName", "dateOfBirth", "postcode",
            "contactPreference", "email", "phone", "addressLine1", "addressLine2", "town", "sourceDetail", "consent");

    private String programmeId;
    @NotBlank(message = "Enter their first name") @Size(max = 100, message = "First name must be 100 characters or fewer")
    private String givenName;
    @NotBlank(message = "Enter their last name") @Size(max = 100, message = "Last name must be 100 characters or fewer")
    private String familyName;
    @Size(max = 2, message = "Enter a real day") private String dateOfBirthDay;
    @Size(max = 2, message = "Enter a real month") private String dateOfBirthMonth;
    @Size(max = 4, message = "Enter a real year") private String dateOfBirthYear;
    @NotBlank(message = "Enter their postcode") @Size(max = 10, message = "Enter a real postcode, like RM18 7AG")
    private String postcode;
    private String contactPreference;
    @Size(max = 254, message = "Email address must be 254 characters or fewer") private String email;
    @Size(max = 20, message = "Phone number must be 20 characters or fewer") private String phone;
    // Required for letters; their limits are PostalAddress's, checked with the contact preference.
    private String addressLine1;
    private String addressLine2;
    private String town;
    @Size(max = 200, message = "Keep the team or service to 200 characters") private String sourceDetail;
    private List<String> workInterests = new ArrayList<>();
    private boolean consent;
    private String submissionKey = UUID.randomUUID().toString();

    LocalDate dateOfBirth(BindingResult result) {
        return DateInput.parse("dateOfBirth", "Their date of birth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, "Enter their date of birth", result);
    }

    public String getDateOfBirth() { return dateOfBirthDay + "/" + dateOfBirthMonth + "/" + dateOfBirthYear; }
    public String getProgrammeId() { return programmeId; }
    public void setProgrammeId(String v) { programmeId = v; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getDateOfBirthDay() { return dateOfBirthDay; }
    public void setDateOfBirthDay(String v) { dateOfBirthDay = v; }
    public String getDateOfBirthMonth() { return dateOfBirthMonth; }
    public void setDateOfBirthMonth(String v) { dateOfBirthMonth = v; }
    public String getDateOfBirthYear() { return dateOfBirthYear; }
    public void setDateOfBirthYear(String v) { dateOfBirthYear = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getContactPreference() { return contactPreference; }
    public void setContactPreference(String v) { contactPreference = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { addressLine2 = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
    public String getSourceDetail() { return sourceDetail; }
    public void setSourceDetail(String v) { sourceDetail = v; }
    public List<String> getWorkInterests() { return workInterests; }
    public void setWorkInterests(List<String> v) { workInterests = v == null ? new ArrayList<>() : v; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean v) { consent = v; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String v) { submissionKey = v; }
}
