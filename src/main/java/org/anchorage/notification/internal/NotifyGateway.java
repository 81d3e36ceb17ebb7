package org.anchorage.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anchorage.shared.AnchorageProperties;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * GOV.UK Notify through its official client: send an email, a text message or a letter with the message's id as the
 * reference, find what was sent under a reference (so a send interrupted by a crash is not repeated), ask what became
 * of a message, and read a template to check its fields.
 */
public class NotifyGateway {

    private final NotificationClient client;

    NotifyGateway(AnchorageProperties.Notify settings) {
        this.client = new NotificationClient(settings.apiKey().strip(), settings.baseUrl().strip().replaceAll("/+$", ""));
    }

    /** Notify refused or failed: its HTTP status (0 when it could not be reached) and its own words. */
    public static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Sends it; answers Notify's id for the message. */
    public String send(String channel, UUID templateId, String address, List<String> postal, Map<String, String> fields, String reference)
            throws Refused {
        try {
            return switch (channel) {
                case "email" -> client.sendEmail(templateId.toString(), address, fields, reference).getNotificationId().toString();
                case "text" -> client.sendSms(templateId.toString(), address, fields, reference).getNotificationId().toString();
                case "letter" -> {
                    Map<String, Object> withAddress = new HashMap<>(fields);
                    for (int i = 0; i < Math.min(postal.size(), 7); i++) {
                        withAddress.put("address_line_" + (i + 1), postal.get(i));
                    }
                    yield client.sendLetter(templateId.toString(), withAddress, reference).getNotificationId().toString();
                }
                default -> throw new IllegalArgumentException(channel);
            };
        } catch (NotificationClientException e) {
            throw refused(e);
        }
    }

    /** What Notify holds under this reference, if anything. */
    public Optional<String> sentUnder(String reference, String channel) throws Refused {
        try {
            var list = client.getNotifications(null, channel.equals("text") ? "sms" : channel, reference, null);
            return list.getNotifications().stream().findFirst().map(n -> n.getId().toString());
        } catch (NotificationClientException e) {
            throw refused(e);
        }
    }

    /** Notify's status of a message: created, sending, delivered, permanent-failure, temporary-failure, technical-failure … */
    public String status(String notificationId) throws Refused {
        try {
            return client.getNotificationById(notificationId).getStatus();
        } catch (NotificationClientException e) {
            throw refused(e);
        }
    }

    /** A template's type (email, sms, letter) and the ((fields)) its text uses. */
    public record TemplateFields(String type, List<String> fields) {}

    public TemplateFields template(UUID id) throws Refused {
        try {
            var t = client.getTemplateById(id.toString());
            List<String> fields = new ArrayList<>(Placeholders.in(t.getBody()));
            t.getSubject().ifPresent(s -> Placeholders.in(s).stream().filter(f -> !fields.contains(f)).forEach(fields::add));
            return new TemplateFields(t.getTemplateType(), fields);
        } catch (NotificationClientException e) {
            throw refused(e);
        }
    }

    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Notify's answer in its own words ("phone_number Not a UK mobile number"), without the JSON around it. */
    private static Refused refused(NotificationClientException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        List<String> messages = new ArrayList<>();
        Matcher m = MESSAGE.matcher(text);
        while (m.find()) {
            messages.add(m.group(1).replace("\\\"", "\""));
        }
        String said = messages.isEmpty() ? text.replaceFirst("^Status code: \\d+\\s*", "") : String.join("; ", messages);
        return new Refused(e.getHttpResult(), said.length() > 300 ? said.substring(0, 300) : said);
    }
}
