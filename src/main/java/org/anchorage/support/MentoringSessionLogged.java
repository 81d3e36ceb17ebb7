package org.anchorage.support;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;

/**
 * A mentor logged a session with their mentee (held, or missed when {@code attended} is false), published in the
 * transaction that saved it. No notes, topics or length: only that it happened, with whom and on what day.
 */
public record MentoringSessionLogged(UUID session, ParticipantId participant, UserId mentor, LocalDate heldOn, boolean attended) {}
