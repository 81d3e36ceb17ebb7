package org.anchorage.participant;

import java.time.Instant;
import java.util.UUID;

public record Appointment(UUID id, Instant startsAt, String place, String purpose, String bookedBy) {}
