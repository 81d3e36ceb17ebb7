package org.anchorage.training;

import java.util.UUID;

/** A course in the catalogue; {@code refresherMonths} is null where the subject has no refresher. */
public record Course(UUID id, String code, String title, String framework, Integer refresherMonths) {

    public String frameworkLabel() {
        return switch (framework) {
            case "cstf" -> "Core Skills Training Framework";
            case "care-certificate" -> "Care Certificate";
            default -> "Employability";
        };
    }
}
