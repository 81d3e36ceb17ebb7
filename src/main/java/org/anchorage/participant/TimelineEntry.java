package org.anchorage.participant;

import java.time.Instant;

public record TimelineEntry(Instant occurredAt, String actor, String kind, String detail) {}
