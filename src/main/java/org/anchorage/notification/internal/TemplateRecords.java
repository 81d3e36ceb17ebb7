package org.anchorage.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.notification.MessageTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TemplateRecords {

    private static final String COLUMNS = "id, kind, channel, format, subject, body, notify_template_id, edited_by, edited_at";

    private final JdbcClient jdbc;

    TemplateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The template for this channel and format, else the channel's standard one. */
    public Optional<MessageTemplate> forSending(String kind, String channel, String format) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notification_template WHERE kind = :kind AND channel = :channel AND format IN (:format, 'standard')
                 ORDER BY format = :format DESC LIMIT 1
                """).param("kind", kind).param("channel", channel).param("format", format).query(TemplateRecords::row).optional();
    }

    public List<MessageTemplate> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_template ORDER BY kind, channel, format").query(TemplateRecords::row).list();
    }

    public Optional<MessageTemplate> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_template WHERE id = :id").param("id", id).query(TemplateRecords::row).optional();
    }

    /** A starting text, unless that kind, channel and format already has one (an administrator's edit is kept). */
    public void addIfMissing(String kind, String channel, String format, String subject, String body, Instant now) {
        jdbc.sql("""
                INSERT INTO notification_template (id, kind, channel, format, subject, body, edited_by, edited_at)
                VALUES (:id, :kind, :channel, :format, :subject, :body, 'Anchorage', :now) ON CONFLICT (kind, channel, format) DO NOTHING
                """).param("id", UUID.randomUUID()).param("kind", kind).param("channel", channel).param("format", format)
                .param("subject", subject).param("body", body).param("now", Timestamp.from(now)).update();
    }

    public void change(UUID id, String subject, String body, UUID notifyTemplate, String by, Instant now) {
        jdbc.sql("""
                UPDATE notification_template SET subject = :subject, body = :body, notify_template_id = :notify, edited_by = :by, edited_at = :now
                WHERE id = :id
                """).param("subject", subject).param("body", body).param("notify", notifyTemplate).param("by", by)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    private static MessageTemplate row(ResultSet rs, int n) throws SQLException {
        return new MessageTemplate(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("channel"), rs.getString("format"),
                rs.getString("subject"), rs.getString("body"), rs.getObject("notify_template_id", UUID.class), rs.getString("edited_by"),
                rs.getTimestamp("edited_at").toInstant());
    }
}
