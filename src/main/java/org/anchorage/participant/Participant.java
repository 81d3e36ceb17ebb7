package org.anchorage.participant;

import java.time.Instant;
import java.time.LocalDate;
import org.anchorage.identity.UserId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ReferralId;

public record Participant(
        ParticipantId id,
        ProgrammeId programme,
        ReferralId referral,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String email,
        String phone,
        String contactPreference,
        UserId navigator,
        ParticipantStatus status,
        String withdrawnReason,
        LocalDate referredOn,
        Instant firstContactAt,
        Instant enrolledAt,
        int version,
        String preferredName,
        LocalDate firstContactDue) {

    public Participant(ParticipantId id, ProgrammeId programme, ReferralId referral, String givenName, String familyName,
                       LocalDate dateOfBirth, String postcode, String email, String phone, String contactPreference,
                       UserId navigator, ParticipantStatus status, String withdrawnReason, LocalDate referredOn,
                       Instant firstContactAt, Instant enrolledAt, int version) {
        this(id, programme, referral, givenName, familyName, dateOfBirth, postcode, email, phone, contactPreference, navigator,
                status, withdrawnReason, referredOn, firstContactAt, enrolledAt, version, null, null);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
