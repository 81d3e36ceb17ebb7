package org.anchorage.referral;

import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.programme.ProgrammeId;

/**
 * A navigator accepted a referral: the person becomes a participant, allocated to {@code navigator}, with
 * the record id {@code participant} chosen here so triage can link straight to the new record.
 */
public record ReferralAccepted(ReferralId referral, ProgrammeId programme, UserId navigator, String acceptedBy, UUID participant) {}
