package org.anchorage.outreach;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident signed up to an event, with a booked place or on the waiting list; whether they came ({@code null}
 * until staff take attendance) and the reference of the referral staff made for them, if any.
 */
public record EventSignUp(UUID id, UUID event, String givenName, String familyName, String email, String phone, String postcode,
                          boolean booked, Boolean attended, String referralReference, Instant signedUpAt) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** A sign-up as typed on the public form. {@code waitingList}: the person agreed to wait when the event is full. */
    public record New(String givenName, String familyName, String email, String phone, String postcode, boolean waitingList,
                      String submissionKey) {}

    /** What staff add, with the person there, to refer them: what the sign-up did not ask. */
    public record Referral(String givenName, String familyName, java.time.LocalDate dateOfBirth, String postcode, String email,
                           String phone, String contactPreference, boolean consentGiven) {}
}
