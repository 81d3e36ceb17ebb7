package org.anchorage.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record Assessment(UUID id, LocalDate assessedOn, String assessedBy, String skills, List<String> barriers,
                         List<String> interests, Integer hoursPerWeek, List<String> shifts, String availability, String adjustments,
                         UUID scale, List<Integer> scores) {}
