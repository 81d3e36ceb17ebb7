package org.anchorage.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.web.Display;

/** An outreach event as residents and staff see it, with how many places are booked and how many wait. */
public record OutreachEvent(UUID id, ProgrammeId programme, String programmeName, EventKind kind, String title, String description,
                            String placeName, String address, String postcode, Instant startsAt, Instant endsAt, int capacity,
                            String accessInfo, String targetPlace, String partner, Instant cancelledAt, int booked, int waiting) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public int placesLeft() {
        return Math.max(0, capacity - booked);
    }

    public boolean full() {
        return placesLeft() == 0;
    }

    /** The day in England, e.g. for "Tuesday 8 December 2026". */
    public LocalDate day() {
        return startsAt.atZone(Display.LONDON).toLocalDate();
    }

    public LocalTime startTime() {
        return startsAt.atZone(Display.LONDON).toLocalTime();
    }

    public LocalTime endTime() {
        return endsAt.atZone(Display.LONDON).toLocalTime();
    }

    /** "Tuesday 8 December 2026, 10am to 2pm". */
    public String when() {
        return day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + Display.date(day()) + ", " + Display.time(startTime()) + " to " + Display.time(endTime());
    }

    /** An event as staff publish it; times are in England's time on its day. */
    public record New(EventKind kind, String title, String description, String placeName, String address, String postcode, LocalDate on,
                      LocalTime starts, LocalTime ends, Integer capacity, String accessInfo, String targetPlace, String partner) {}
}
