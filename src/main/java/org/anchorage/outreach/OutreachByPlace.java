package org.anchorage.outreach;

/**
 * Outreach in a period in one of a programme's target places ({@code targetPlace} empty for none): sessions logged and
 * people staff spoke to, events held, and the people who signed up to them, came, and were referred there.
 */
public record OutreachByPlace(String targetPlace, long sessions, long spokenTo, long events, long signedUp, long came, long referred) {}
