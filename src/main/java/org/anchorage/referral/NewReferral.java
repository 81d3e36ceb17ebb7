package org.anchorage.referral;

import java.time.LocalDate;
import java.util.List;
import org.anchorage.programme.ProgrammeId;

/**
 * A referral as it arrives. {@code submissionKey} is a one-time key from the form, so the same
 * form sent twice makes one referral.
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
        String submissionKey) {}
