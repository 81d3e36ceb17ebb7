package org.anchorage.notification.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anchorage.shared.AnchorageProperties;
import org.anchorage.shared.scheduling.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. Each node claims due messages row by row (SKIP LOCKED, with a lease), so two nodes never send
 * the same one; each message's id is its reference at GOV.UK Notify, and a message whose sender stopped mid-send is
 * looked up there by that reference before it is sent again, so a crash never sends it twice. SMTP has no such
 * look-up: an email whose sender stopped while handing it over is marked failed for a person to decide, never resent
 * blindly. Failures are retried with backoff; Notify's answers are each handled as what they mean (400 fix the
 * message, 403 the key is wrong, 429 slow down, 5xx try again).
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** Waits before each retry: quick at first, then hours, so an outage of a day is ridden out. */
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final MessageRecords records;
    private final Channels channels;
    private final Clock clock;
    private final String node;
    private final int maxAttempts;

    OutboxSender(MessageRecords records, Channels channels, Clock clock, NodeIdentity node, AnchorageProperties properties) {
        this.records = records;
        this.channels = channels;
        this.clock = clock;
        this.node = node.name();
        this.maxAttempts = Math.max(1, properties.notifications().maxAttempts());
    }

    /** Sends what is due, batch by batch; answers how many messages were handled. */
    public int sendDue() {
        int handled = 0;
        for (int round = 0; round < 50; round++) {
            Instant now = clock.instant();
            List<MessageRecords.Claimed> claimed = records.claim(node, now, now.plus(LEASE), BATCH);
            for (MessageRecords.Claimed c : claimed) {
                try {
                    deliver(c);
                } catch (RuntimeException e) {
                    // One message's surprise must not stop the rest; it goes back in the queue with backoff.
                    log.error("Message {} could not be handled", c.id(), e);
                    records.again(c.id(), node, clock.instant().plus(BACKOFF.getFirst()), "could not be handled: " + e.getClass().getSimpleName());
                }
            }
            handled += claimed.size();
            if (claimed.size() < BATCH) {
                break;
            }
        }
        return handled;
    }

    private void deliver(MessageRecords.Claimed claimed) {
        MessageRecords.Row row = records.find(claimed.id()).orElseThrow();
        var m = row.message();
        Instant now = clock.instant();
        if (row.sendBy() != null && now.isAfter(row.sendBy())) {
            records.ended(m.id(), node, "failed", "too late to be of use: it had to go by " + row.sendBy(), now);
            return;
        }
        Channels.Route route = channels.route(m.channel(), row.notifyTemplate());
        if (route.provider() == null) {
            records.ended(m.id(), node, "not-sent", route.problem(), now);
            return;
        }
        String reference = m.id().toString();
        if (claimed.lapsed() && "smtp".equals(row.provider())) {
            records.ended(m.id(), node, "failed", "the sender stopped while handing this email to the mail server, so it may have gone: "
                    + "retry it only if they did not get it", now);
            return;
        }
        if (route.provider().equals("notify") && (claimed.lapsed() || m.attempts() > 1)) {
            // A send that may have reached Notify before a crash or an error answer: ask Notify before sending again.
            try {
                Optional<String> already = channels.notifyGateway().sentUnder(reference, m.channel());
                if (already.isPresent()) {
                    records.sent(m.id(), node, "notify", already.get(), clock.instant());
                    return;
                }
            } catch (NotifyGateway.Refused r) {
                notifyRefused(m.id(), m.attempts(), r);
                return;
            }
        }
        records.handingTo(m.id(), route.provider(), node);
        if (route.provider().equals("notify")) {
            try {
                String id = channels.notifyGateway().send(m.channel(), row.notifyTemplate(), m.address(), row.postalAddress(), row.personalisation(), reference);
                records.sent(m.id(), node, "notify", id, clock.instant());
            } catch (NotifyGateway.Refused r) {
                notifyRefused(m.id(), m.attempts(), r);
            }
        } else {
            try {
                channels.smtp().send(m.address(), m.subject(), m.body(), reference);
                records.sent(m.id(), node, "smtp", null, clock.instant());
            } catch (MessagingException | MailException e) {
                smtpFailed(m.id(), m.attempts(), e);
            }
        }
    }

    private void notifyRefused(java.util.UUID id, int attempts, NotifyGateway.Refused r) {
        Instant now = clock.instant();
        String said = r.getMessage();
        switch (r.status()) {
            case 400 -> {
                boolean address = said.contains("phone_number") || said.contains("email_address") || said.contains("address_line")
                        || said.toLowerCase(java.util.Locale.ROOT).contains("postcode");
                records.ended(id, node, address ? "undeliverable" : "failed", (address ? "GOV.UK Notify cannot send to it: "
                        : "fix needed, GOV.UK Notify refused the message: ") + said, now);
            }
            case 403 -> records.ended(id, node, "failed", "GOV.UK Notify refused the API key: check ANCHORAGE_NOTIFY_API_KEY (" + said + "), then retry", now);
            case 429 -> retryLater(id, attempts, "GOV.UK Notify asked us to slow down (429): trying again later", 2);
            default -> retryLater(id, attempts, "GOV.UK Notify could not take it (" + (r.status() == 0 ? "not reached" : r.status()) + ": "
                    + said + "): trying again", 1);
        }
    }

    private void smtpFailed(java.util.UUID id, int attempts, Exception e) {
        Instant now = clock.instant();
        if (e instanceof MailAuthenticationException || causedBy(e, AuthenticationFailedException.class)) {
            records.ended(id, node, "failed", "the mail server refused the username or password: check ANCHORAGE_SMTP_USERNAME and "
                    + "ANCHORAGE_SMTP_PASSWORD, then retry", now);
        } else if (causedBy(e, SendFailedException.class) && ((SendFailedException) cause(e, SendFailedException.class)).getInvalidAddresses() != null
                && ((SendFailedException) cause(e, SendFailedException.class)).getInvalidAddresses().length > 0) {
            records.ended(id, node, "undeliverable", "the mail server refused the address: " + cause(e, SendFailedException.class).getMessage(), now);
        } else {
            retryLater(id, attempts, "the mail server could not take it (" + (e instanceof MailSendException ? "send failed" : e.getClass().getSimpleName())
                    + "): trying again", 1);
        }
    }

    private void retryLater(java.util.UUID id, int attempts, String reason, int factor) {
        Instant now = clock.instant();
        if (attempts >= maxAttempts) {
            records.ended(id, node, "failed", "gave up after " + attempts + " tries; the last: " + reason.replace(": trying again later", "")
                    .replace(": trying again", ""), now);
            return;
        }
        Duration wait = BACKOFF.get(Math.min(attempts - 1, BACKOFF.size() - 1)).multipliedBy(factor);
        records.again(id, node, now.plus(wait), reason);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
            if (t instanceof MailSendException mse) {
                for (Exception inner : mse.getFailedMessages().values()) {
                    Throwable found = cause(inner, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }
}
