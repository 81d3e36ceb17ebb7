package org.anchorage.participant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.programme.ProgrammeId;

/**
 * Facts about how a person is engaging (contacts, appointments and sessions attended or missed, placement
 * attendance, employment checks waiting, placement dates), for the early warnings. Each module that owns
 * such facts implements it with one or a few set-based queries ({@code = ANY(:ids)}), so the module that
 * evaluates the rules (support) never reads their tables nor depends on them.
 */
public interface EngagementFacts {

    /** The facts held for these people up to and including {@code today}; none for anyone else. */
    List<Fact> factsFor(Collection<ParticipantId> people, LocalDate today);

    /** One fact about one person. */
    sealed interface Fact permits Enrolment, Contact, Attendance, PlacementWeek, CheckWaiting, PlacementPeriod {
        ParticipantId participant();
    }

    /** Who the person is enrolled with, and since when; a withdrawn person gets no warnings. */
    record Enrolment(ParticipantId participant, ProgrammeId programme, LocalDate enrolledOn, boolean withdrawn) implements Fact {}

    /** The navigator was last in touch on this day (a contact recorded, or an appointment attended). */
    record Contact(ParticipantId participant, LocalDate on) implements Fact {}

    /** Where someone was expected: an appointment, a training session or a mentoring session, and whether they came. */
    record Attendance(ParticipantId participant, LocalDate on, Source source, String what, boolean attended) implements Fact {}

    enum Source {
        APPOINTMENT("appointment"), TRAINING("training session"), MENTORING("mentoring session");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The latest week of attendance recorded on a placement, against the hours the placement expects. */
    record PlacementWeek(ParticipantId participant, LocalDate weekStarting, BigDecimal expectedHours, BigDecimal attendedHours)
            implements Fact {}

    /** A pre-employment check not yet cleared, waiting since it was requested. */
    record CheckWaiting(ParticipantId participant, String what, LocalDate requestedOn) implements Fact {}

    /** A placement the person has started and not ended, with the day it is due to end. */
    record PlacementPeriod(ParticipantId participant, LocalDate startedOn, LocalDate endsOn) implements Fact {}
}
