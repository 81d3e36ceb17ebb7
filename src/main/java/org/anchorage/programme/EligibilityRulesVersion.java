package org.anchorage.programme;

import java.time.Instant;

/** One version in a programme's rule history. */
public record EligibilityRulesVersion(ProgrammeId programme, int version, EligibilityRules rules, String changedBy,
                                      Instant changedAt) {}
