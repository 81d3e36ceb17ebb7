package org.anchorage.notification.internal;

import java.util.UUID;
import org.anchorage.shared.AnchorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ways to send that this installation has set up (GOV.UK Notify, SMTP, both or neither), and which one a message
 * takes: a template with a Notify template id goes by Notify; an email with local text goes by SMTP; a text message or
 * a letter only by Notify. With neither set up nothing is lost: the message is kept, marked not sent, with why.
 */
@Component
public class Channels {

    public static final String NO_WAY = "no way to send is set up";
    private static final Logger log = LoggerFactory.getLogger(Channels.class);

    private final NotifyGateway notify;
    private final SmtpGateway smtp;
    private final String notifyProblem;

    Channels(AnchorageProperties properties) {
        NotifyGateway n = null;
        String problem = null;
        if (properties.govukNotify().configured()) {
            try {
                n = new NotifyGateway(properties.govukNotify());
            } catch (RuntimeException e) {
                // The client refuses a key that is not a Notify key; say so on every message rather than fail to start.
                problem = "ANCHORAGE_NOTIFY_API_KEY is not a GOV.UK Notify API key (it is the key name, the service id and the secret, joined by dashes)";
                log.error("GOV.UK Notify is not used: {}", problem);
            }
        }
        this.notify = n;
        this.notifyProblem = problem;
        this.smtp = properties.smtp().configured() ? new SmtpGateway(properties.smtp()) : null;
        log.info("Messages go by {}", notify == null && smtp == null ? "nothing: they are kept and marked not sent ("
                + NO_WAY + ")" : (notify != null ? "GOV.UK Notify" : "") + (notify != null && smtp != null ? " and " : "")
                + (smtp != null ? "SMTP email" : ""));
    }

    /** The provider ("notify" or "smtp"), or the reason none can take it. */
    public record Route(String provider, String problem) {}

    public Route route(String channel, UUID notifyTemplate) {
        return choose(channel, notifyTemplate != null, notify != null, smtp != null, notifyProblem);
    }

    /** The rule itself, without any server: unit-tested. */
    static Route choose(String channel, boolean hasNotifyTemplate, boolean notifySetUp, boolean smtpSetUp, String notifyProblem) {
        if (notifySetUp && hasNotifyTemplate) {
            return new Route("notify", null);
        }
        if (channel.equals("email") && smtpSetUp) {
            return new Route("smtp", null);
        }
        if (notifyProblem != null) {
            return new Route(null, notifyProblem);
        }
        if (notifySetUp) {
            return new Route(null, "the " + (channel.equals("text") ? "text message" : channel) + " template has no GOV.UK Notify template id"
                    + (channel.equals("email") ? " and SMTP is not set up" : "") + ": add one on Message templates");
        }
        if (smtpSetUp) {
            // Only email is set up: a text or a letter has no way to go, and saying which one is missing is the fix.
            return new Route(null, (channel.equals("text") ? "text messages" : "letters")
                    + " go only through GOV.UK Notify, which is not set up (ANCHORAGE_NOTIFY_API_KEY)");
        }
        return new Route(null, NO_WAY);
    }

    public NotifyGateway notifyGateway() {
        return notify;
    }

    public SmtpGateway smtp() {
        return smtp;
    }

    public boolean notifySetUp() {
        return notify != null;
    }

    public boolean anySetUp() {
        return notify != null || smtp != null;
    }
}
