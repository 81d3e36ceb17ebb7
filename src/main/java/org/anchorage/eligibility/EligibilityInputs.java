package org.anchorage.eligibility;

import java.time.LocalDate;
import org.anchorage.programme.EmploymentStatus;

/** What a check is asked about one person; employment status and right to work may be unknown. */
public record EligibilityInputs(String postcode, LocalDate dateOfBirth, EmploymentStatus employmentStatus,
                                Boolean rightToWork) {}
