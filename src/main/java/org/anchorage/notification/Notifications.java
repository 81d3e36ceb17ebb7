package org.anchorage.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.notification.internal.ChannelChoice;
import org.anchorage.notification.internal.Channels;
import org.anchorage.notification.internal.CurrentContact;
import org.anchorage.notification.internal.MessageRecords;
import org.anchorage.notification.internal.Placeholders;
import org.anchorage.notification.internal.TemplateRecords;
import org.anchorage.participant.Participants;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
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
    private final CurrentContact contacts;
    private final Participants participants;

    Notifications(MessageRecords records, TemplateRecords templates, Channels channels, AuditTrail audit, Clock clock, CurrentContact contacts,
                  Participants participants) {
        this.records = records;
        this.templates = templates;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
        this.contacts = contacts;
        this.participants = participants;
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
        Decision d = decide(kind, to, fields);
        boolean stored = records.insert(id, kind.code(), kind.audience(), to.key(), to.name(), d.choice().channel(), d.choice().format(),
                d.choice().address(), d.choice().postalAddress(), d.subject(), d.body(), fields,
                d.template() == null ? null : d.template().notifyTemplateId(), m.participant(), m.referral(), m.programme(), d.status(),
                d.reason(), clock.instant(), m.onceKey(), m.sendBy());
        if (!stored) {
            return null;
        }
        audit.recordAs("Anchorage", AuditAction.CREATE, RECORD_TYPE, id, kind.code() + " " + d.choice().channel() + " (" + d.status() + ")");
        return id;
    }

    /** How a message goes to this person now, or why it cannot: their choices, their details, the template. */
    private Decision decide(MessageKind kind, Recipient to, Map<String, String> fields) {
        ChannelChoice.Choice choice = kind.audience().equals(MessageKind.RESIDENT) ? ChannelChoice.of(to)
                : ChannelChoice.of(new Recipient(to.key(), to.name(), to.email(), null, "email", List.of(), false, false));
        String status = "queued";
        String reason = null;
        MessageTemplate template = null;
        if (optedOutOf(kind, to.key())) {
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
        return new Decision(choice, status, reason, template, subject, body);
    }

    /** Whether this person turned this kind of message off (never so for what the service must send). */
    private boolean optedOutOf(MessageKind kind, String recipientKey) {
        if (kind.required()) {
            return false;
        }
        Set<String> optedOut = records.optedOut(recipientKey);
        return optedOut.contains(kind.code()) || optedOut.contains("all");
    }

    private record Decision(ChannelChoice.Choice choice, String status, String reason, MessageTemplate template, String subject, String body) {}

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
        return outbox(user, null);
    }

    /**
     * For administrators: the counts by status and either the messages needing attention (status null, or a state
     * that is none of ours) or the newest 200 in one state.
     */
    @Transactional
    public Outbox outbox(SignedInUser user, String status) {
        administrator(user);
        String shown = status != null && OutboxMessage.STATUSES.contains(status) ? status : null;
        List<OutboxMessage> listed = shown == null ? records.problems(200) : records.withStatus(shown, 200);
        audit.recordShown(RECORD_TYPE, listed.stream().map(OutboxMessage::id).toList(),
                shown == null ? "opened the outbox's failures" : "opened the outbox's " + shown + " messages");
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> byStatus = records.countsByStatus();
        OutboxMessage.STATUSES.stream().filter(byStatus::containsKey).forEach(k -> counts.put(k, byStatus.get(k)));
        return new Outbox(counts, listed, shown, channels.anySetUp(), channels.notifySetUp(), channels.smtp() != null);
    }

    /** The outbox as an administrator sees it; {@code status} is the state listed, or null for the ones needing attention. */
    public record Outbox(Map<String, Long> counts, List<OutboxMessage> problems, String status, boolean anyWayToSend, boolean notifySetUp,
                         boolean smtpSetUp) {

        public String statusLabel(String code) {
            return OutboxMessage.statusLabel(code);
        }

        /** Whether a way to send this message's channel is set up, so a retry is worth offering. */
        public boolean canSend(OutboxMessage m) {
            return switch (m.channel()) {
                case "email" -> anyWayToSend;
                case "text", "letter" -> notifySetUp;
                default -> true; // no contact details when it was queued: a retry reads the record again
            };
        }
    }

    /**
     * An administrator sends a failed, undeliverable or unsent message again, after fixing the key, the person's record
     * or the template: it is addressed and written afresh from their details, choices and template as they are now (a
     * message whose person can no longer be looked up goes as it was). Refused, saying why, when it still could not go.
     */
    @Transactional
    public Retried retry(UUID id, SignedInUser user) {
        administrator(user);
        MessageRecords.Row row = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        if (!MessageRecords.RETRYABLE.contains(row.message().status())) {
            throw refused(row, row.message().status().equals("opted-out") ? "they opted out of it"
                    : "it is already " + row.message().statusTag().toLowerCase(Locale.ROOT));
        }
        MessageKind kind = MessageKind.of(row.message().kind()).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        Instant now = clock.instant();
        Decision d = contacts.now(row).map(to -> decide(kind, to, row.personalisation())).orElse(null);
        if (d == null) {
            // No record to read again: the stored address and text, unless they have opted out since.
            if (optedOutOf(kind, row.recipientKey())) {
                throw refused(row, "they have asked not to get " + kind.label().toLowerCase(Locale.ROOT) + " messages");
            }
            refuseWithoutRoute(row, row.message().channel(), row.notifyTemplate());
            if (!records.retry(id, now)) {
                throw refused(row, "someone else retried it a moment ago");
            }
            audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "retried as it was");
            return new Retried(row.message().channelLabel(), false);
        }
        if (!d.status().equals("queued")) {
            throw refused(row, "it still could not go, as " + d.reason());
        }
        refuseWithoutRoute(row, d.choice().channel(), d.template().notifyTemplateId());
        if (!records.readdress(id, d.choice().channel(), d.choice().format(), d.choice().address(), d.choice().postalAddress(), d.subject(),
                d.body(), d.template().notifyTemplateId(), now)) {
            throw refused(row, "someone else retried it a moment ago"); // two administrators at once: the first one's stands
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "retried with their details and the template as they are now");
        return new Retried(OutboxMessage.channelLabel(d.choice().channel(), d.choice().format()), true);
    }

    /** What a retry did: the way it now goes, and whether it was addressed afresh from the person's record. */
    public record Retried(String channel, boolean readdressed) {}

    private void refuseWithoutRoute(MessageRecords.Row row, String channel, UUID notifyTemplate) {
        Channels.Route route = channels.route(channel, notifyTemplate);
        if (route.provider() == null) {
            throw refused(row, route.problem());
        }
    }

    /** A refused retry, naming the message, e.g. "Your navigator to Sam was not retried: …". */
    private static RuleViolation refused(MessageRecords.Row row, String why) {
        OutboxMessage m = row.message();
        return new RuleViolation("message", m.kindLabel() + " to " + (m.recipientName() == null ? "them" : m.recipientName())
                + " was not retried: " + why);
    }

    /** The optional messages this user may turn off, and which they have. */
    @Transactional(readOnly = true)
    public Preferences preferences(SignedInUser user) {
        List<MessageKind> reaching = MessageKind.ALL.stream().filter(k -> reaches(k, user.role())).toList();
        return new Preferences(reaching.stream().filter(k -> !k.required()).toList(), reaching.stream().filter(MessageKind::required).toList(),
                records.optedOut(choiceKey(user)));
    }

    /** The optional messages that reach this user, the ones the service must send them, and which they turned off. */
    public record Preferences(List<MessageKind> optional, List<MessageKind> required, Set<String> optedOut) {}

    /** Keeps the messages this user still wants; the ones the service must send cannot be turned off. */
    @Transactional
    public void keepOnly(Set<String> wanted, SignedInUser user) {
        Set<String> off = new HashSet<>();
        MessageKind.ALL.stream().filter(k -> !k.required() && reaches(k, user.role())).map(MessageKind::code)
                .filter(k -> !wanted.contains(k)).forEach(off::add);
        // A participant's own choices are their record's, so the choice they make and the one their navigator records
        // for them are one and the same, and the messages about their record follow it.
        var record = participants.ownRecord(user);
        if (record.isPresent()) {
            saveFor(record.get().value(), off, user, " (their own choice)");
            return;
        }
        records.setOptOuts("user:" + user.id().value(), off, clock.instant());
        audit.record(AuditAction.CHANGE, "user", user.id().value(), auditText(off));
    }

    /** Keeps the optional messages a participant still wants, as their navigator records it. */
    @Transactional
    public void keepOnlyFor(UUID participant, Set<String> wanted, SignedInUser by) {
        Set<String> off = new HashSet<>();
        MessageKind.optional(Set.of(MessageKind.RESIDENT)).stream().map(MessageKind::code).filter(k -> !wanted.contains(k)).forEach(off::add);
        saveFor(participant, off, by, "");
    }

    /** A participant's choices saved, on their timeline (who made them) and audited. */
    private void saveFor(UUID participant, Set<String> off, SignedInUser by, String whose) {
        records.setOptOuts("participant:" + participant, off, clock.instant());
        records.choicesChanged(participant, by.email(), summary(off) + whose, clock.instant());
        audit.record(AuditAction.CHANGE, "participant", participant, auditText(off));
    }

    private static String auditText(Set<String> off) {
        return "message choices: " + (off.isEmpty() ? "all" : "not " + String.join(", ", off));
    }

    /** What the choices became, in words: "every message" or "not Mentor session, Training reminder". */
    private static String summary(Set<String> off) {
        if (off.isEmpty()) {
            return "every message";
        }
        return "not " + String.join(", ", MessageKind.ALL.stream().filter(k -> off.contains(k.code())).map(MessageKind::label).toList());
    }

    @Transactional(readOnly = true)
    public Set<String> optedOut(String recipientKey) {
        return records.optedOut(recipientKey);
    }

    /** The key a user's own choices are kept under: their participant record's, for a participant (see {@link #keepOnly}). */
    private String choiceKey(SignedInUser user) {
        return participants.ownRecord(user).map(p -> "participant:" + p.value()).orElse("user:" + user.id().value());
    }

    /** Whether messages of this kind can reach someone of this role (what their choices page offers and lists). */
    static boolean reaches(MessageKind kind, Role role) {
        return switch (kind.audience()) {
            case MessageKind.RESIDENT -> role == Role.PARTICIPANT;
            case MessageKind.REFERRER -> role == Role.REFERRAL_PARTNER || role == Role.NAVIGATOR || role == Role.PROGRAMME_MANAGER;
            case MessageKind.HOST -> role == Role.EMPLOYER;
            default -> kind == MessageKind.OVERDUE_DIGEST ? role == Role.NAVIGATOR
                    : AccessScope.mayBeDesignated(role, true, true); // a safeguarding concern: whoever may be its lead or deputy
        };
    }

    /** The outbox and its templates are for administrators alone (the routes say so too; this holds for any caller). */
    static void administrator(SignedInUser user) {
        if (user.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
