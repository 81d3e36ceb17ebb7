package org.anchorage.training;

import org.anchorage.shared.RuleViolation;

/** The last place went (perhaps a moment ago, to someone else): the waiting list is offered instead. */
public class SessionFull extends RuleViolation {
    public SessionFull() {
        super("participantId", "This session is full. You can add the person to the waiting list instead.");
    }
}
