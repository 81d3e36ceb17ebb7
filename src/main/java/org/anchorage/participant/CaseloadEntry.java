package org.anchorage.participant;

import java.time.LocalDate;

/**
 * A participant on a caseload with the first-contact service level: first contact within 15
 * working days of referral. {@code overdue} is true while that has passed without a first contact.
 */
public record CaseloadEntry(Participant participant, int age, LocalDate firstContactDue, boolean overdue) {}
