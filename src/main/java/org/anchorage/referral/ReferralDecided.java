package org.anchorage.referral;

import org.anchorage.identity.UserId;
import org.anchorage.programme.ProgrammeId;

/**
 * A referral's status changed after triage (accepted, declined, signposted or merged), with the reason given, and who
 * referred the person (null for a self-referral), so they can be told. Published in the deciding transaction.
 */
public record ReferralDecided(ReferralId referral, ProgrammeId programme, String reference, ReferralStatus status, String reason,
                              UserId referredBy) {}
