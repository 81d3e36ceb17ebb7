package org.anchorage.safeguarding;

import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;

/**
 * A safeguarding concern was raised, published in the transaction that saved it, so whoever must hear of it at once
 * (the programme's designated lead and deputies) is told exactly when it exists. It carries no word of the concern:
 * only which concern, whom it is about, the programme, whether there is immediate risk and who raised it.
 */
public record ConcernRaised(UUID concern, ParticipantId participant, ProgrammeId programme, Answer immediateRisk, UserId raisedBy) {}
