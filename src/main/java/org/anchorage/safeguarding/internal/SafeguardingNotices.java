package org.anchorage.safeguarding.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.WorklistNotices;
import org.anchorage.safeguarding.Concerns;
import org.springframework.stereotype.Component;

/**
 * Each concern waiting for acknowledgement comes first on the worklist of a designated navigator or manager
 * (or of the programme's managers while it has no lead). The line names no one: when it was raised and
 * whether there is immediate risk; the concern page, audited, says the rest.
 */
@Component
class SafeguardingNotices implements WorklistNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private final Concerns concerns;

    SafeguardingNotices(Concerns concerns) {
        this.concerns = concerns;
    }

    @Override
    public List<WorklistNotice> noticesFor(SignedInUser user, LocalDate today) {
        if (!user.has(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)) {
            return List.of();
        }
        return concerns.unacknowledgedFor(user).stream().map(c -> new WorklistNotice("Safeguarding",
                "Safeguarding concern raised " + DAY.format(c.raisedAt().atZone(java.time.ZoneId.of("Europe/London")))
                        + ("yes".equals(c.immediateRisk()) ? ", immediate risk" : "")
                        + (today.isAfter(c.acknowledgeBy()) ? ", acknowledgement overdue" : ""),
                "/safeguarding/concerns/" + c.id(), "yes".equals(c.immediateRisk()), c.acknowledgeBy())).toList();
    }
}
