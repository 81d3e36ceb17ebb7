package org.anchorage.outreach;

import java.util.UUID;
import org.anchorage.programme.ProgrammeId;

/**
 * Someone waiting for an event was given a place that came free, published in the transaction that booked it, with
 * the sign-up as they gave it. {@code when} is the day and times in words, {@code place} where it is held.
 */
public record EventPlaceGiven(UUID event, ProgrammeId programme, String title, String when, String place, EventSignUp signUp) {}
