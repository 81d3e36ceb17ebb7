package org.anchorage.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a message said and where it went is kept two years after it ended (long enough to answer a complaint or a
 * subject access request about it), then erased: the row stays, with its kind, channel, status and dates, so the record
 * still shows that it was sent.
 */
@Component
public class OutboxRetention {

    static final Duration KEPT = Duration.ofDays(730);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    OutboxRetention(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${anchorage.notifications.retention-cron:0 40 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "notification-retention", lockAtMostFor = "PT30M")
    void nightly() {
        eraseOld();
    }

    /** Erases the content of messages that ended more than two years ago; answers how many. */
    @Transactional
    public int eraseOld() {
        int erased = jdbc.sql("""
                UPDATE notification_message SET address = NULL, postal_address = NULL, subject = NULL, body = NULL,
                    personalisation = '{}'::jsonb, reason = NULL, recipient_name = NULL
                WHERE completed_at IS NOT NULL AND completed_at < :before AND status <> 'queued'
                  AND (address IS NOT NULL OR body IS NOT NULL OR recipient_name IS NOT NULL)
                """).param("before", Timestamp.from(clock.instant().minus(KEPT))).update();
        // Sent messages have no completion when Notify never said (or SMTP); they count from when they were sent.
        erased += jdbc.sql("""
                UPDATE notification_message SET address = NULL, postal_address = NULL, subject = NULL, body = NULL,
                    personalisation = '{}'::jsonb, recipient_name = NULL
                WHERE status = 'sent' AND sent_at < :before AND (address IS NOT NULL OR body IS NOT NULL OR recipient_name IS NOT NULL)
                """).param("before", Timestamp.from(clock.instant().minus(KEPT))).update();
        if (erased > 0) {
            audit.recordAs("Anchorage", AuditAction.DELETE, "notification-message", "retention", "erased the content of " + erased
                    + " messages ended over two years ago");
        }
        return erased;
    }
}
