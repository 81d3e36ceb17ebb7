package org.anchorage.plan;

import java.util.List;
import java.util.UUID;

/**
 * A validated wellbeing scale. ONS4 ships with the product; a programme adds another it holds a
 * licence for (e.g. SWEMWBS) as data, with its copyright line, without code changes.
 */
public record WellbeingScale(UUID id, String code, String name, String licence, int minScore, int maxScore, List<Item> items) {

    public record Item(String text, boolean lowerIsBetter) {}
}
