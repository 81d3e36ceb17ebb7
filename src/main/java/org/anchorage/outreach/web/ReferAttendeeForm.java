package org.anchorage.outreach.web;

import java.util.List;
import org.anchorage.outreach.EventSignUp;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** Referring someone who came to an event: what they signed up with, and what staff ask them there. */
public class ReferAttendeeForm {

    static final List<String> FIELDS = List.of("givenName", "familyName", "dateOfBirth", "postcode", "contactPreference", "email", "phone",
            "consentGiven");

    private String givenName;
    private String familyName;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private String postcode;
    private String email;
    private String phone;
    private String contactPreference;
    private String consentGiven;

    static ReferAttendeeForm from(EventSignUp s) {
        ReferAttendeeForm form = new ReferAttendeeForm();
        form.givenName = s.givenName();
        form.familyName = s.familyName();
        form.postcode = s.postcode();
        form.email = s.email();
        form.phone = s.phone();
        form.contactPreference = s.email() != null ? "email" : "phone";
        return form;
    }

    EventSignUp.Referral read(BindingResult result) {
        var born = DateInput.parse("dateOfBirth", "Date of birth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, null, result);
        return new EventSignUp.Referral(givenName, familyName, born, postcode, email, phone, contactPreference, "yes".equals(consentGiven));
    }

    public String getDateOfBirth() { return dateOfBirthDay + "/" + dateOfBirthMonth + "/" + dateOfBirthYear; }
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
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getContactPreference() { return contactPreference; }
    public void setContactPreference(String v) { contactPreference = v; }
    public String getConsentGiven() { return consentGiven; }
    public void setConsentGiven(String v) { consentGiven = v; }
}
