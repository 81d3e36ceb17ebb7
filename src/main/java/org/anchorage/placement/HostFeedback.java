package org.anchorage.placement;

import java.time.Instant;

/** The host's feedback at the midpoint or the end: four ratings from 1 to 5, comments, and job readiness. */
public record HostFeedback(String point, int reliability, int teamwork, int communication, int careValues, String comments,
                           String jobReady, String recordedBy, Instant recordedAt) {}
