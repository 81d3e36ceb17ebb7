package org.anchorage.notification;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.notification.internal.ChannelChoice;
import org.anchorage.notification.internal.Channels;
import org.anchorage.notification.internal.MessageRecords;
import org.anchorage.notification.internal.Placeholders;
import org.anchorage.notification.internal.TemplateRecords;
import org.anchorage.shared.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox. {@link #queue} stores a message in the caller's transaction, so it exists exactly when the change that
 * causes it commits; the sender delivers it later. The channel and format come from the person's preference and needs,
 * the text from the template for that kind, channel and format. A message that cannot go (an opt-out, a wrong phone
 * number, no template, no way to send) is still stored, with why, and shows on the record.
 */
@Service
public class Notifications {

    public static final String RECORD_TYPE = "notification-message";

    private final MessageRecords records;
    private final TemplateRecords templates;
    private final Channels channels;
    private final AuditTrail audit;
    private final Clock clock;

    Notifications(MessageRecords records, TemplateRecords templates, Channels channels, AuditTrail audit, Clock clock) {
        this.records = records;
        this.templates = templates;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the message in the current transaction (joining it; one is begun when there is none). Answers its id, or
     * null when its once-key had already been queued.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public UUID queue(NewMessage m) {
        MessageKind kind = m.kind();
        Recipient to = m.to();
        Map<String, String> fields = new LinkedHashMap<>();
        kind.fields().forEach(f -> fields.put(f, m.fields().getOrDefault(f, "")));
        UUID id = UUID.randomUUID();
        ChannelChoice.Choice choice = kind.audience().equals(MessageKind.RESIDENT) ? ChannelChoice.of(to)
                : ChannelChoice.of(new Recipient(to.key(), to.name(), to.email(), null, "email", List.of(), false, false));
        String status = "queued";
        String reason = null;
        Set<String> optedOut = records.optedOut(to.key());
        MessageTemplate template = null;
        if (!kind.required() && (optedOut.contains(kind.code()) || optedOut.contains("all"))) {
            status = "opted-out";
            reason = "they asked not to get " + kind.label().toLowerCase(java.util.Locale.ROOT) + " messages";
        } else if (choice.problem() != null) {
            // A wrong detail is undeliverable (the navigator is told to fix it); no detail at all is someone reached by
            // phone or in person, whose messages are kept, not sent, without a worklist item for each.
            status = choice.channel().equals("none") ? "not-sent" : "undeliverable";
            reason = choice.problem();
        } else {
            template = templates.forSending(kind.code(), choice.channel(), choice.format()).orElse(null);
            if (template == null) {
                status = "not-sent";
                reason = "there is no " + choice.channel() + " template for " + kind.label().toLowerCase(java.util.Locale.ROOT)
                        + ": add one on Message templates";
            }
        }
        String subject = template == null ? null : Placeholders.fill(template.subject(), fields);
        String body = template == null ? null : Placeholders.fill(template.body(), fields);
        boolean stored = records.insert(id, kind.code(), kind.audience(), to.key(), to.name(), choice.channel(), choice.format(),
                choice.address(), choice.postalAddress(), subject, body, fields, template == null ? null : template.notifyTemplateId(),
                m.participant(), m.referral(), m.programme(), status, reason, clock.instant(), m.onceKey(), m.sendBy());
        if (!stored) {
            return null;
        }
        audit.recordAs("Anchorage", AuditAction.CREATE, RECORD_TYPE, id, kind.code() + " " + choice.channel() + " (" + status + ")");
        return id;
    }

    /** Whether a scheduled message with this once-key was already queued, so a job need not read the person's details again. */
    @Transactional(readOnly = true)
    public boolean queuedOnce(String onceKey) {
        return records.hasOnceKey(onceKey);
    }

    /** The messages on a participant's record and on their referral, for someone already allowed to open that record. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> onRecord(UUID participant, UUID referral) {
        return records.forRecord(participant, referral);
    }

    /** For administrators: what failed, could not be delivered or was not sent, and the counts by status. */
    @Transactional
    public Outbox outbox(SignedInUser user) {
        administrator(user);
        List<OutboxMessage> problems = records.problems(200);
        audit.recordShown(RECORD_TYPE, problems.stream().map(OutboxMessage::id).toList(), "opened the outbox's failures");
        return new Outbox(records.countsByStatus(), problems, channels.anySetUp(), channels.notifySetUp(), channels.smtp() != null);
    }

    public record Outbox(Map<String, Long> counts, List<OutboxMessage> problems, boolean anyWayToSend, boolean notifySetUp, boolean smtpSetUp) {}

    /** An administrator sends a failed, undeliverable or unsent message again (after fixing the key, the record or the template). */
    @Transactional
    public void retry(UUID id, SignedInUser user) {
        administrator(user);
        if (!records.retry(id, clock.instant())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "retried");
    }

    /** The optional messages this user may turn off, and which they have. */
    @Transactional(readOnly = true)
    public Preferences preferences(SignedInUser user) {
        return new Preferences(MessageKind.optional(audiencesOf(user)), records.optedOut("user:" + user.id().value()));
    }

    public record Preferences(List<MessageKind> optional, Set<String> optedOut) {}

    /** Keeps the messages this user still wants; the ones the service must send cannot be turned off. */
    @Transactional
    public void keepOnly(Set<String> wanted, SignedInUser user) {
        Set<String> off = new HashSet<>();
        MessageKind.optional(audiencesOf(user)).stream().map(MessageKind::code).filter(k -> !wanted.contains(k)).forEach(off::add);
        records.setOptOuts("user:" + user.id().value(), off, clock.instant());
        audit.record(AuditAction.CHANGE, "user", user.id().value(), "message choices: " + (off.isEmpty() ? "all" : "not " + String.join(", ", off)));
    }

    /** Keeps the optional messages a participant still wants, as their navigator records it. */
    @Transactional
    public void keepOnlyFor(UUID participant, Set<String> wanted, SignedInUser by) {
        Set<String> off = new HashSet<>();
        MessageKind.optional(Set.of(MessageKind.RESIDENT)).stream().map(MessageKind::code).filter(k -> !wanted.contains(k)).forEach(off::add);
        records.setOptOuts("participant:" + participant, off, clock.instant());
        audit.record(AuditAction.CHANGE, "participant", participant, "message choices: " + (off.isEmpty() ? "all" : "not " + String.join(", ", off)));
    }

    @Transactional(readOnly = true)
    public Set<String> optedOut(String recipientKey) {
        return records.optedOut(recipientKey);
    }

    private static Set<String> audiencesOf(SignedInUser user) {
        return switch (user.role()) {
            case PARTICIPANT -> Set.of(MessageKind.RESIDENT);
            case REFERRAL_PARTNER -> Set.of(MessageKind.REFERRER);
            case EMPLOYER -> Set.of(MessageKind.HOST);
            case NAVIGATOR -> Set.of(MessageKind.STAFF, MessageKind.REFERRER);
            default -> Set.of(MessageKind.STAFF);
        };
    }

    /** The outbox and its templates are for administrators alone (the routes say so too; this holds for any caller). */
    static void administrator(SignedInUser user) {
        if (user.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
