/**
 * Matching ready participants to open placements: a suitability score with its reasons for each pair,
 * and a cohort-wide assignment that maximises total suitability exactly, which a navigator reviews and
 * confirms. Nothing is assigned without a person deciding; confirmed pairs become placement suggestions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.anchorage.matching;
