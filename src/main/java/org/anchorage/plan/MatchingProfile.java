package org.anchorage.plan;

import java.util.List;

/**
 * What matching needs from a plan, and no more: role interests, hours and times the person can work
 * (from the latest assessment), and how far the plan has come (agreed goals, steps done). Never
 * barriers, adjustments or wellbeing scores.
 */
public record MatchingProfile(List<String> interests, Integer hoursPerWeek, List<String> shifts, int agreedGoals, int stepsDone,
                              int stepsTotal) {}
