package org.anchorage.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.outreach.internal.EventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long an event keeps the names and contact details of the people who signed up without an account: until
 * {@value #DAYS} days after it ended (time enough to take attendance, refer who came and answer a question about
 * it). Then, each night (3:15am in England, once across nodes), those of everyone not referred are erased; the
 * sign-up rows stay, so the counts of who booked, waited and came (the events list, the reach report) do not change.
 * A referred person keeps their sign-up, linked to their referral. The erasure is audited as one entry with the count.
 * Running it again, or at any hour, erases nothing more: it only ever touches events ended {@value #DAYS} days before
 * the service's clock.
 */
@Component
public class SignUpRetention {

    /** Days after an event ends that its sign-ups keep their personal details. */
    public static final int DAYS = 90;

    private static final Logger log = LoggerFactory.getLogger(SignUpRetention.class);

    private final EventRecords records;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignUpRetention(EventRecords records, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Nightly (anchorage.outreach.sign-up-retention-cron; "-" turns it off), on one node only. */
    @Scheduled(cron = "${anchorage.outreach.sign-up-retention-cron:0 15 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "outreach-sign-up-retention", lockAtMostFor = "PT30M")
    void onSchedule() {
        int erased = run();
        if (erased > 0) {
            log.info("Erased the personal details of {} event sign-ups, {} days after their events", erased, DAYS);
        }
    }

    /** Erases what is due by the service's clock, in one transaction with its audit entry; answers how many sign-ups. */
    public int run() {
        Integer erased = transaction.execute(status -> {
            Instant now = clock.instant();
            EventRecords.Erased done = records.eraseSignUpsOfEventsEndedBy(now.minus(Duration.ofDays(DAYS)), now);
            if (done.signUps() > 0) {
                audit.recordAs("Anchorage", AuditAction.DELETE, OutreachEvents.SIGN_UP, null, "erased the names and contact details of "
                        + done.signUps() + " sign-ups to " + done.events() + " events that ended " + DAYS
                        + " days ago or more (not referred; the counts stay)");
            }
            return done.signUps();
        });
        return erased == null ? 0 : erased;
    }
}
