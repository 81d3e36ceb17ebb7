package org.anchorage.outreach.web;

import java.util.List;
import org.anchorage.outreach.EventSignUp;

/** The public sign-up form, as typed. */
public class SignUpForm {

    static final List<String> FIELDS = List.of("givenName", "familyName", "email", "phone", "postcode", "waitingList");

    private String givenName;
    private String familyName;
    private String email;
    private String phone;
    private String postcode;
    private String waitingList;
    private String submissionKey;

    EventSignUp.New read() {
        return new EventSignUp.New(givenName, familyName, email, phone, postcode, "yes".equals(waitingList), submissionKey);
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getWaitingList() { return waitingList; }
    public void setWaitingList(String v) { waitingList = v; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String v) { submissionKey = v; }
}
