package org.anchorage.referral;

import java.time.Instant;

/** One line of a referral's history. */
public record ReferralEvent(ReferralId referral, Instant occurredAt, String actor, String kind, String detail) {}
