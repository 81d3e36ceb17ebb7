package org.anchorage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The service's clock in tests: the real time unless a test fixes it ({@link #fixAt}) or moves it on;
 * {@link IntegrationTest} puts it back after every test, so tests sharing the one context do not see
 * each other's dates.
 */
public final class TestClock extends Clock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    /** Stops the clock at a moment in England's local time, e.g. fixAt("2026-12-08T09:00"). */
    public void fixAt(String localDateTime) {
        fixed = java.time.LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    public void fixAt(ZonedDateTime at) {
        fixed = at.toInstant();
    }

    public void advance(Duration by) {
        fixed = instant().plus(by);
    }

    public void reset() {
        fixed = null;
    }
}
