package org.anchorage.outreach;

import java.util.List;
import java.util.UUID;
import org.anchorage.programme.ProgrammeId;

/**
 * Staff called an event off, published in the transaction that did it, with everyone it affects: each person
 * booked or waiting (not anyone taken off the list, nor anyone already marked as having come), as they signed up.
 * {@code when} is the event's day and times in words ("Tuesday 15 December 2026, 10am to 2pm").
 */
public record EventCalledOff(UUID event, ProgrammeId programme, String title, String when, List<EventSignUp> people) {

    public EventCalledOff {
        people = List.copyOf(people);
    }
}
