package org.anchorage.referral;

import org.anchorage.identity.UserId;
import org.anchorage.programme.ProgrammeId;

/** A navigator accepted a referral: the person becomes a participant, allocated to {@code navigator}. */
public record ReferralAccepted(ReferralId referral, ProgrammeId programme, UserId navigator, String acceptedBy) {}
