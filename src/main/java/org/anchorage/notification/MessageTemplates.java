package org.anchorage.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.notification.internal.Channels;
import org.anchorage.notification.internal.NotifyGateway;
import org.anchorage.notification.internal.Placeholders;
import org.anchorage.notification.internal.TemplateRecords;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of the messages, kept by administrators. A text may use only the fields its message fills in; a GOV.UK
 * Notify template named instead is read from Notify when saved, and refused when it asks for a field the message does
 * not have or is for another channel. Every problem is named at once.
 */
@Service
public class MessageTemplates {

    public static final String RECORD_TYPE = "notification-template";
    /** A text message over 3 parts costs more and reads badly on a phone. */
    public static final int MAX_TEXT_LENGTH = 459;

    private final TemplateRecords templates;
    private final Channels channels;
    private final AuditTrail audit;
    private final Clock clock;

    MessageTemplates(TemplateRecords templates, Channels channels, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MessageTemplate> all(SignedInUser user) {
        Notifications.administrator(user);
        return templates.all();
    }

    @Transactional(readOnly = true)
    public MessageTemplate get(UUID id, SignedInUser user) {
        Notifications.administrator(user);
        return templates.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    /** Whether GOV.UK Notify is set up, so saving a Notify template id checks it there. */
    public boolean notifySetUp() {
        return channels.notifySetUp();
    }

    /** Every problem with the text as typed; an empty list when it can be saved. */
    public List<RuleViolation> problemsWith(MessageTemplate template, String subject, String body, String notifyTemplateId) {
        MessageKind kind = template.messageKind();
        List<RuleViolation> problems = new ArrayList<>();
        Set<String> allowed = Set.copyOf(kind.fields());
        String usable = "use only " + String.join(", ", kind.fields().stream().map(f -> "((" + f + "))").toList());
        if (template.channel().equals("email")) {
            if (subject == null || subject.isBlank()) {
                problems.add(new RuleViolation("subject", "Enter the subject of the email"));
            } else if (subject.length() > 200) {
                problems.add(new RuleViolation("subject", "Keep the subject to 200 characters or fewer"));
            } else {
                unknownFields(Placeholders.in(subject), allowed).ifPresent(f -> problems.add(new RuleViolation("subject",
                        "The subject uses " + f + ", which this message does not fill in: " + usable)));
                stray(Placeholders.unclosed(subject)).ifPresent(m -> problems.add(new RuleViolation("subject", "The subject has " + m)));
            }
        }
        if (body == null || body.isBlank()) {
            problems.add(new RuleViolation("body", "Enter the text of the message"));
        } else if (body.length() > (template.channel().equals("text") ? MAX_TEXT_LENGTH : 4000)) {
            problems.add(new RuleViolation("body", template.channel().equals("text")
                    ? "Keep a text message to " + MAX_TEXT_LENGTH + " characters or fewer (3 texts)" : "Keep the text to 4000 characters or fewer"));
        } else {
            unknownFields(Placeholders.in(body), allowed).ifPresent(f -> problems.add(new RuleViolation("body",
                    "The text uses " + f + ", which this message does not fill in: " + usable)));
            stray(Placeholders.unclosed(body)).ifPresent(m -> problems.add(new RuleViolation("body", "The text has " + m)));
        }
        if (notifyTemplateId != null && !notifyTemplateId.isBlank()) {
            UUID id = uuid(notifyTemplateId.strip());
            if (id == null) {
                problems.add(new RuleViolation("notifyTemplateId", "Enter the GOV.UK Notify template ID as it is shown in Notify, like 7b6e2c8a-0f5e-4c31-9b3e-5d1f0a6c2e44"));
            } else if (channels.notifySetUp()) {
                try {
                    NotifyGateway.TemplateFields fields = channels.notifyGateway().template(id);
                    String expected = template.channel().equals("text") ? "sms" : template.channel();
                    if (!expected.equals(fields.type())) {
                        problems.add(new RuleViolation("notifyTemplateId", "That GOV.UK Notify template is for " + (fields.type().equals("sms")
                                ? "text messages" : fields.type() + "s") + ", not " + (expected.equals("sms") ? "text messages" : expected + "s")));
                    }
                    Set<String> letterLines = Set.of("address_line_1", "address_line_2", "address_line_3", "address_line_4",
                            "address_line_5", "address_line_6", "address_line_7");
                    fields.fields().stream().filter(f -> !allowed.contains(f) && !letterLines.contains(f)).forEach(f -> problems.add(
                            new RuleViolation("notifyTemplateId", "The GOV.UK Notify template needs ((" + f + ")), which this message does not fill in: "
                                    + usable)));
                } catch (NotifyGateway.Refused r) {
                    problems.add(new RuleViolation("notifyTemplateId", switch (r.status()) {
                        case 400, 404 -> "GOV.UK Notify has no template with that ID in this service";
                        case 403 -> "GOV.UK Notify refused the API key, so the template cannot be checked: check ANCHORAGE_NOTIFY_API_KEY";
                        default -> "GOV.UK Notify could not be asked about the template just now (" + r.status() + "): try again";
                    }));
                }
            }
        }
        return oneMessagePerField(problems);
    }

    /**
     * Every problem of a field in one message, so a page that shows one message per field still lists them all (a second
     * unknown field, a stray bracket after an unknown field) rather than revealing the next one only after a save.
     */
    private static List<RuleViolation> oneMessagePerField(List<RuleViolation> problems) {
        java.util.Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.getMessage()));
        return byField.entrySet().stream().map(e -> new RuleViolation(e.getKey(), String.join(". ", e.getValue()))).toList();
    }

    /** Saves the text after {@link #problemsWith} found nothing; refuses it otherwise, naming the first problem. */
    @Transactional
    public void change(UUID id, String subject, String body, String notifyTemplateId, SignedInUser by) {
        MessageTemplate template = get(id, by);
        List<RuleViolation> problems = problemsWith(template, subject, body, notifyTemplateId);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        UUID notify = notifyTemplateId == null || notifyTemplateId.isBlank() ? null : uuid(notifyTemplateId.strip());
        templates.change(id, template.channel().equals("email") ? subject.strip() : null, body.strip(), notify, by.email(), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, template.kind() + " " + template.channel() + " " + template.format());
    }

    /** The text Anchorage started this template with, for an administrator to compare with or put back. */
    public String startingText(MessageTemplate template) {
        MessageKind kind = template.messageKind();
        return kind.defaults().get(template.format().equals("standard") ? template.channel() : template.channel() + "/" + template.format());
    }

    /** Puts the starting subject and text back (the GOV.UK Notify template ID, if any, stays: it is a separate choice); answers the template as it was. */
    @Transactional
    public MessageTemplate restore(UUID id, SignedInUser by) {
        MessageTemplate template = get(id, by);
        String body = startingText(template);
        if (body == null) {
            throw new RuleViolation("id", "This template has no starting text to put back");
        }
        templates.change(id, template.channel().equals("email") ? template.messageKind().subject() : null, body, template.notifyTemplateId(),
                by.email(), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, template.kind() + " " + template.channel() + " " + template.format() + ": starting text put back");
        return template;
    }

    private static java.util.Optional<String> stray(String part) {
        return java.util.Optional.ofNullable(part).map(p -> "brackets that do not make a field, at \"" + p
                + "\": write each field as ((name)), with two brackets either side and no brackets inside");
    }

    /** The fields used that the message does not fill in, in words: "((nickname))" or "((a)), ((b)) and ((c))". */
    private static java.util.Optional<String> unknownFields(Set<String> used, Set<String> allowed) {
        List<String> unknown = used.stream().filter(f -> !allowed.contains(f)).map(f -> f.isBlank() ? "(( )) with no field name in it" : "((" + f + "))")
                .toList();
        if (unknown.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(unknown.size() == 1 ? unknown.getFirst()
                : String.join(", ", unknown.subList(0, unknown.size() - 1)) + " and " + unknown.getLast());
    }

    private static UUID uuid(String value) {
        try {
            return value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}") ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
