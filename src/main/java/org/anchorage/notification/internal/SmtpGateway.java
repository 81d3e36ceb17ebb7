package org.anchorage.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.anchorage.shared.AnchorageProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Email by SMTP, through Spring's JavaMailSender: plain text, with the message's id as its Message-ID. */
public class SmtpGateway {

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final String from;

    SmtpGateway(AnchorageProperties.Smtp settings) {
        sender.setHost(settings.host().strip());
        sender.setPort(settings.port());
        if (settings.username() != null && !settings.username().isBlank()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties p = sender.getJavaMailProperties();
        p.put("mail.smtp.auth", String.valueOf(settings.username() != null && !settings.username().isBlank()));
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        this.from = settings.from() == null || settings.from().isBlank() ? "no-reply@" + settings.host().strip() : settings.from().strip();
    }

    public void send(String to, String subject, String body, String reference) throws MessagingException {
        MimeMessage message = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + reference + "@anchorage>");
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(oneLine(subject), StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setHeader("X-Anchorage-Reference", reference);
        sender.send(message);
    }

    Session session() {
        return sender.getSession();
    }

    /**
     * A subject is one line whatever the fields in it held (a name saved before the input guard refused line breaks):
     * line breaks and other control characters become spaces, so nothing a field holds can start a header of its own.
     */
    static String oneLine(String subject) {
        return subject == null ? "" : subject.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
