/**
 * Paid placements: employers' sites and host supervisors, placement offers (pay never below the legal
 * minimum wage for the person's age), candidates from put forward to completed, the six NHS Employment
 * Check Standards with who acts next, weekly attendance and host feedback. Publishes PlacementStarted,
 * PlacementEnded and CandidatePutForward, which move the participant along by events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placements")
package org.anchorage.placement;
