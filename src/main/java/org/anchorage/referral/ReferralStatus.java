package org.anchorage.referral;

/** Where a referral is in triage. Only received referrals can be accepted, declined, signposted or merged. */
public enum ReferralStatus {
    RECEIVED("Waiting for a navigator"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    SIGNPOSTED("Signposted to other support"),
    MERGED("Merged with another referral of the same person");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase();
    }

    public String label() {
        return label;
    }
}
