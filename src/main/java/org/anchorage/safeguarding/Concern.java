package org.anchorage.safeguarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/**
 * A concern as its lead and deputies read it: everything raised, the acknowledgement, decisions and
 * referrals, the flag and the outcome. Never shown to the person who raised it (see {@link OwnReport}).
 */
public record Concern(UUID id, ParticipantId participant, String personName, UUID programme, String programmeName,
                      String raisedByName, Instant raisedAt, List<ConcernCategory> categories, String description,
                      Answer immediateRisk, String whenAndWhere, String actionTaken, Answer personKnows, LocalDate acknowledgeBy,
                      Instant acknowledgedAt, String acknowledgedByName, boolean flagAllowed, Instant closedAt,
                      ConcernOutcome outcome, String outcomeNotes, int version, List<Action> actions) {

    /** A short reference the raiser can quote, from the id. */
    public String reference() {
        return Concerns.reference(id);
    }

    public boolean urgent() {
        return immediateRisk == Answer.YES && closedAt == null;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean closed() {
        return closedAt != null;
    }

    public boolean overdueOn(LocalDate today) {
        return acknowledgedAt == null && closedAt == null && today.isAfter(acknowledgeBy);
    }

    /** A decision (text) or a referral made (agency, reference, to whom, notes), dated. */
    public record Action(String kind, LocalDate on, ReferralAgency referredTo, String reference, String contact, String text,
                         String recordedByName) {

        public boolean referral() {
            return "referral".equals(kind);
        }
    }
}
