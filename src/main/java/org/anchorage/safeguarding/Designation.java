package org.anchorage.safeguarding;

import java.time.Instant;
import org.anchorage.identity.UserId;

/** A user's designation as a programme's safeguarding lead or deputy; ended ones are the history. */
public record Designation(UserId user, String name, String kind, Instant designatedAt, String designatedByName, Instant endedAt,
                          String endedByName) {

    public boolean lead() {
        return "lead".equals(kind);
    }

    public boolean current() {
        return endedAt == null;
    }
}
