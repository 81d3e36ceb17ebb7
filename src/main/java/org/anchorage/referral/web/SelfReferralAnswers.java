package org.anchorage.referral.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A resident's answers so far, kept in their session between the one-question pages. */
public class SelfReferralAnswers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One key per referral, so pressing "Send" twice makes one referral. */
    private final String submissionKey = UUID.randomUUID().toString();
    private String programmeId;
    private String givenName;
    private String familyName;
    private String day;
    private String month;
    private String year;
    private String postcode;
    private String contactPreference;
    private String email;
    private String phone;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private List<String> workInterests = new ArrayList<>();
    private boolean consent;

    public String getSubmissionKey() { return submissionKey; }
    public String getProgrammeId() { return programmeId; }
    public void setProgrammeId(String v) { programmeId = v; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getDay() { return day; }
    public void setDay(String v) { day = v; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
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
    public List<String> getWorkInterests() { return workInterests; }
    public void setWorkInterests(List<String> v) { workInterests = v == null ? new ArrayList<>() : v; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean v) { consent = v; }
}
