package org.anchorage.referral;

import java.time.LocalDate;
import java.util.List;
import org.anchorage.programme.ProgrammeId;

/**
 * A referral as it arrives. {@code submissionKey} is a one-time key from the form, so the same
 * form sent twice makes one referral. The address is where letters go; it is required when the contact
 * preference is a letter.
 */
public record NewReferral(
        ProgrammeId programme,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String email,
        String phone,
        ContactPreference contactPreference,
        List<WorkInterest> workInterests,
        String privacyNoticeVersion,
        boolean consentGiven,
        String sourceDetail,
        String submissionKey,
        PostalAddress address) {

    public NewReferral {
        address = address == null ? PostalAddress.NONE : address;
    }

    /** A referral without a postal address (fine unless the person asked for letters). */
    public NewReferral(ProgrammeId programme, String givenName, String familyName, LocalDate dateOfBirth, String postcode,
                       String email, String phone, ContactPreference contactPreference, List<WorkInterest> workInterests,
                       String privacyNoticeVersion, boolean consentGiven, String sourceDetail, String submissionKey) {
        this(programme, givenName, familyName, dateOfBirth, postcode, email, phone, contactPreference, workInterests,
                privacyNoticeVersion, consentGiven, sourceDetail, submissionKey, PostalAddress.NONE);
    }

    public NewReferral withAddress(PostalAddress address) {
        return new NewReferral(programme, givenName, familyName, dateOfBirth, postcode, email, phone, contactPreference,
                workInterests, privacyNoticeVersion, consentGiven, sourceDetail, submissionKey, address);
    }
}
