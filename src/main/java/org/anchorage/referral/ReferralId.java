package org.anchorage.referral;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

public record ReferralId(UUID value) {
    public ReferralId {
        requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
