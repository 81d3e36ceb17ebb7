package org.anchorage.eligibility;

/** One reason for a decision, in plain English, with a stable code that reports can count. */
public record EligibilityReason(String code, String message, boolean met) {}
