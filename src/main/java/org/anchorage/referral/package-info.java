/**
 * Referrals: residents putting themselves forward and partners referring them, with consent, the
 * eligibility decision on arrival, triage, duplicates and merging. Publishes ReferralAccepted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.anchorage.referral;
