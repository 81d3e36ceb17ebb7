package org.anchorage.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;

public record Referral(
        ReferralId id,
        String reference,
        ProgrammeId programme,
        String source,
        String sourceDetail,
        OrganisationId partnerOrganisation,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        PostalAddress address,
        String email,
        String phone,
        ContactPreference contactPreference,
        List<WorkInterest> workInterests,
        String privacyNoticeVersion,
        Instant consentGivenAt,
        boolean eligible,
        EligibilitySummary eligibility,
        ReferralStatus status,
        String decisionReason,
        UserId navigator,
        ReferralId mergedInto,
        Instant receivedAt,
        Instant acknowledgedAt,
        Instant decidedAt,
        int version) {

    /** Whether the person referred themself (source "self"; the others are "partner" and "event"). */
    public boolean selfReferral() {
        return source.equals("self");
    }

    /** Where the referral came from, in words: "Self-referral", "Partner referral: Thurrock Council", "Outreach event: Grays jobs fair". */
    public String sourceLabel() {
        return switch (source) {
            case "self" -> "Self-referral";
            case "event" -> "Outreach event: " + sourceDetail;
            default -> sourceDetail == null || sourceDetail.isBlank() ? "Partner referral" : "Partner referral: " + sourceDetail;
        };
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** The decision made on arrival, kept with the referral (reasons in plain English). */
    public record EligibilitySummary(boolean eligible, Integer decile, String edition, String lsoaCode, String lsoaName,
                                     List<Reason> reasons) {
        public record Reason(String code, String message, boolean met) {}
    }
}
