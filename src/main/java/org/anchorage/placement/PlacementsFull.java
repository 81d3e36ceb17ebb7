package org.anchorage.placement;

import org.anchorage.shared.RuleViolation;

/** Every place on the placement is taken (perhaps a moment ago, from another screen). */
public class PlacementsFull extends RuleViolation {
    public PlacementsFull() {
        super("outcome", "Every place on this placement has been taken, perhaps a moment ago. "
                + "Nobody else can be offered a place unless the employer adds places.");
    }
}
