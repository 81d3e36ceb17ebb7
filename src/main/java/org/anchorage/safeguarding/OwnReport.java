package org.anchorage.safeguarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A concern as the person who raised it sees it: their own words and whether it was received or
 * acknowledged. Never the lead's decisions, referrals, flag or outcome.
 */
public record OwnReport(UUID id, String personName, Instant raisedAt, List<ConcernCategory> categories, String description,
                        Answer immediateRisk, String whenAndWhere, String actionTaken, Answer personKnows, boolean acknowledged) {

    public String reference() {
        return Concerns.reference(id);
    }

    public String state() {
        return acknowledged ? "Acknowledged" : "Received";
    }
}
