package org.anchorage.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anchorage.notification.OutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The outbox and the opt-outs, in plain SQL. */
@Repository
public class MessageRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, kind, audience, recipient_key, recipient_name, channel, format, address, postal_address, subject, body,
            personalisation::text AS personalisation, notify_template_id, participant_id, referral_id, programme_id, status, reason,
            attempts, send_by, provider, provider_id, created_at, sent_at, completed_at""";

    private final JdbcClient jdbc;

    MessageRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the outbox with what the sender needs. */
    public record Row(OutboxMessage message, String recipientKey, List<String> postalAddress, Map<String, String> personalisation,
                      UUID notifyTemplate, UUID programme, Instant sendBy, String provider, String providerId) {}

    /** Stores a message; false when its once-key was already queued (a scheduled job that ran twice). */
    public boolean insert(UUID id, String kind, String audience, String recipientKey, String recipientName, String channel,
                          String format, String address, List<String> postal, String subject, String body, Map<String, String> fields,
                          UUID notifyTemplate, UUID participant, UUID referral, UUID programme, String status, String reason,
                          Instant now, String onceKey, Instant sendBy) {
        return jdbc.sql("""
                INSERT INTO notification_message (id, kind, audience, recipient_key, recipient_name, channel, format, address, postal_address,
                    subject, body, personalisation, notify_template_id, participant_id, referral_id, programme_id, status, reason,
                    next_attempt_at, created_at, completed_at, once_key, send_by)
                VALUES (:id, :kind, :audience, :key, :name, :channel, :format, :address, :postal, :subject, :body, CAST(:fields AS jsonb),
                    :notify, :participant, :referral, :programme, :status, :reason, :now, :now,
                    CASE WHEN :status = 'queued' THEN NULL ELSE CAST(:now AS timestamptz) END, :once, :sendBy)
                ON CONFLICT (once_key) DO NOTHING
                """)
                .param("id", id).param("kind", kind).param("audience", audience).param("key", recipientKey).param("name", recipientName)
                .param("channel", channel).param("format", format).param("address", address)
                .param("postal", postal == null || postal.isEmpty() ? null : postal.toArray(String[]::new))
                .param("subject", subject).param("body", body).param("fields", JSON.writeValueAsString(fields))
                .param("notify", notifyTemplate).param("participant", participant).param("referral", referral).param("programme", programme)
                .param("status", status).param("reason", reason).param("now", Timestamp.from(now)).param("once", onceKey)
                .param("sendBy", sendBy == null ? null : Timestamp.from(sendBy))
                .update() == 1;
    }

    /**
     * Claims up to {@code limit} messages due for this node: queued ones whose time has come, and any whose sender's
     * claim lapsed (that node stopped mid-send). SKIP LOCKED, so two nodes never claim the same row.
     *
     * @return each claimed row, with whether it was claimed from a lapsed send
     */
    public List<Claimed> claim(String node, Instant now, Instant until, int limit) {
        return jdbc.sql("""
                WITH due AS (
                    SELECT id, status AS was FROM notification_message
                    WHERE (status = 'queued' AND next_attempt_at <= :now) OR (status = 'sending' AND claimed_until < :now)
                    ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                UPDATE notification_message m SET status = 'sending', claimed_by = :node, claimed_until = :until, attempts = m.attempts + 1
                FROM due WHERE m.id = due.id
                RETURNING m.id, due.was
                """).param("now", Timestamp.from(now)).param("until", Timestamp.from(until)).param("limit", limit).param("node", node)
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), "sending".equals(rs.getString("was"))))
                .list();
    }

    public record Claimed(UUID id, boolean lapsed) {}

    public boolean hasOnceKey(String onceKey) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM notification_message WHERE once_key = :k)").param("k", onceKey).query(Boolean.class).single();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_message WHERE id = :id").param("id", id).query(MessageRecords::row).optional();
    }

    /** Which provider is about to be called, recorded before the call so a lapsed claim knows what may have happened. */
    public void handingTo(UUID id, String provider, String node) {
        jdbc.sql("UPDATE notification_message SET provider = :p WHERE id = :id AND claimed_by = :node AND status = 'sending'")
                .param("p", provider).param("id", id).param("node", node).update();
    }

    /** The provider took it. Only while this node's claim stands: a node whose claim lapsed changes nothing. */
    public boolean sent(UUID id, String node, String provider, String providerId, Instant now) {
        return jdbc.sql("""
                UPDATE notification_message SET status = 'sent', provider = :p, provider_id = :pid, sent_at = :now, reason = NULL,
                    claimed_by = NULL, claimed_until = NULL
                WHERE id = :id AND claimed_by = :node AND status = 'sending'
                """).param("p", provider).param("pid", providerId).param("now", Timestamp.from(now)).param("id", id).param("node", node)
                .update() == 1;
    }

    /** Back in the queue for a later try, with why the last one did not go. */
    public void again(UUID id, String node, Instant next, String reason) {
        jdbc.sql("""
                UPDATE notification_message SET status = 'queued', next_attempt_at = :next, reason = :reason, claimed_by = NULL, claimed_until = NULL
                WHERE id = :id AND claimed_by = :node AND status = 'sending'
                """).param("next", Timestamp.from(next)).param("reason", reason).param("id", id).param("node", node).update();
    }

    /** Finished without delivery (failed, undeliverable, not sent), with the reason. */
    public void ended(UUID id, String node, String status, String reason, Instant now) {
        jdbc.sql("""
                UPDATE notification_message SET status = :status, reason = :reason, completed_at = :now, claimed_by = NULL, claimed_until = NULL
                WHERE id = :id AND claimed_by = :node AND status = 'sending'
                """).param("status", status).param("reason", reason).param("now", Timestamp.from(now)).param("id", id).param("node", node)
                .update();
    }

    /** Messages GOV.UK Notify took whose end is not known yet, least recently asked first. */
    public List<Row> awaitingStatus(Instant askedBefore, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notification_message WHERE status = 'sent' AND provider = 'notify'
                   AND (checked_at IS NULL OR checked_at < :before) ORDER BY checked_at NULLS FIRST LIMIT :limit
                """).param("before", Timestamp.from(askedBefore)).param("limit", limit).query(MessageRecords::row).list();
    }

    /** What GOV.UK Notify said: still on its way ({@code status} null), or the end it reached. */
    public void checked(UUID id, String status, String reason, Instant now) {
        jdbc.sql("""
                UPDATE notification_message SET checked_at = :now,
                    status = COALESCE(CAST(:status AS text), status), reason = COALESCE(CAST(:reason AS text), reason),
                    completed_at = CASE WHEN CAST(:status AS text) IS NULL THEN completed_at ELSE CAST(:now AS timestamptz) END
                WHERE id = :id AND status = 'sent'
                """).param("now", Timestamp.from(now)).param("status", status).param("reason", reason).param("id", id).update();
    }

    /** The states an administrator may send again from. */
    public static final Set<String> RETRYABLE = Set.of("failed", "not-sent", "undeliverable");
    private static final String[] RETRYABLE_CODES = RETRYABLE.toArray(String[]::new);

    /** An administrator's retry: back in the queue now, attempts counted afresh. */
    public boolean retry(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE notification_message SET status = 'queued', next_attempt_at = :now, attempts = 0, completed_at = NULL, reason = NULL,
                    provider = NULL, provider_id = NULL
                WHERE id = :id AND status = ANY(:retryable)
                """).param("now", Timestamp.from(now)).param("id", id).param("retryable", RETRYABLE_CODES).update() == 1;
    }

    /** A retry addressed and written afresh: the person's details and the template as they are now, back in the queue. */
    public boolean readdress(UUID id, String channel, String format, String address, List<String> postal, String subject, String body,
                             UUID notifyTemplate, Instant now) {
        return jdbc.sql("""
                UPDATE notification_message SET channel = :channel, format = :format, address = :address, postal_address = :postal,
                    subject = :subject, body = :body, notify_template_id = :notify,
                    status = 'queued', next_attempt_at = :now, attempts = 0, completed_at = NULL, reason = NULL, provider = NULL, provider_id = NULL
                WHERE id = :id AND status = ANY(:retryable)
                """).param("channel", channel).param("format", format).param("address", address)
                .param("postal", postal == null || postal.isEmpty() ? null : postal.toArray(String[]::new))
                .param("subject", subject).param("body", body).param("notify", notifyTemplate)
                .param("now", Timestamp.from(now)).param("id", id).param("retryable", RETRYABLE_CODES).update() == 1;
    }

    /** The messages on a participant's record, and on the referral that brought them; newest first. */
    public List<OutboxMessage> forRecord(UUID participant, UUID referral) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_message WHERE participant_id = :p OR referral_id = :r ORDER BY created_at DESC")
                .param("p", participant).param("r", referral).query(MessageRecords::row).list().stream().map(Row::message).toList();
    }

    /** Failed, undeliverable and unsent messages (and those waiting after a failed try), newest first. */
    public List<OutboxMessage> problems(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notification_message WHERE status IN ('failed', 'undeliverable', 'not-sent') OR (status = 'queued' AND reason IS NOT NULL)
                 ORDER BY created_at DESC LIMIT :limit
                """).param("limit", limit).query(MessageRecords::row).list().stream().map(Row::message).toList();
    }

    /** The newest messages in one state, for an administrator browsing the outbox. */
    public List<OutboxMessage> withStatus(String status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_message WHERE status = :status ORDER BY created_at DESC LIMIT :limit")
                .param("status", status).param("limit", limit).query(MessageRecords::row).list().stream().map(Row::message).toList();
    }

    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT status, count(*) AS n FROM notification_message GROUP BY status ORDER BY status")
                .query((ResultSet rs) -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * The latest undeliverable message to each of these participants with nothing sent to them since: their record needs a
     * fix (one line per person, however many messages it stopped).
     */
    public List<Undelivered> undelivered(Collection<UUID> participants) {
        return jdbc.sql("""
                SELECT DISTINCT ON (m.participant_id) m.participant_id, m.id, m.kind, m.channel, m.reason, m.created_at
                FROM notification_message m
                WHERE m.participant_id = ANY(:people) AND m.status = 'undeliverable' AND m.audience = 'resident'
                  AND NOT EXISTS (SELECT 1 FROM notification_message later WHERE later.participant_id = m.participant_id
                                  AND later.created_at > m.created_at AND later.status IN ('sent', 'delivered'))
                ORDER BY m.participant_id, m.created_at DESC
                """).param("people", participants.toArray(UUID[]::new))
                .query((rs, n) -> new Undelivered(rs.getObject("participant_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("kind"), rs.getString("channel"), rs.getString("reason"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public record Undelivered(UUID participant, UUID message, String kind, String channel, String reason, Instant createdAt) {}

    public Set<String> optedOut(String recipientKey) {
        return Set.copyOf(jdbc.sql("SELECT kind FROM notification_opt_out WHERE recipient_key = :k").param("k", recipientKey)
                .query(String.class).list());
    }

    public void setOptOuts(String recipientKey, Collection<String> kinds, Instant now) {
        jdbc.sql("DELETE FROM notification_opt_out WHERE recipient_key = :k").param("k", recipientKey).update();
        for (String kind : kinds) {
            jdbc.sql("INSERT INTO notification_opt_out (recipient_key, kind, chosen_at) VALUES (:k, :kind, :now)")
                    .param("k", recipientKey).param("kind", kind).param("now", Timestamp.from(now)).update();
        }
    }

    /** A participant's message choices changed: for their timeline. */
    public void choicesChanged(UUID participant, String by, String summary, Instant now) {
        jdbc.sql("INSERT INTO notification_choice_change (id, participant_id, changed_at, changed_by, summary) VALUES (:id, :p, :now, :by, :summary)")
                .param("id", UUID.randomUUID()).param("p", participant).param("now", Timestamp.from(now)).param("by", by)
                .param("summary", summary).update();
    }

    public record ChoiceChange(Instant changedAt, String changedBy, String summary) {}

    public List<ChoiceChange> choiceChanges(UUID participant) {
        return jdbc.sql("SELECT changed_at, changed_by, summary FROM notification_choice_change WHERE participant_id = :p ORDER BY changed_at")
                .param("p", participant)
                .query((rs, n) -> new ChoiceChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("summary")))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OutboxMessage m = new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("audience"),
                rs.getString("recipient_name"), rs.getString("channel"), rs.getString("format"), rs.getString("address"),
                rs.getString("subject"), rs.getString("body"), rs.getString("status"), rs.getString("reason"), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "completed_at"),
                rs.getObject("participant_id", UUID.class), rs.getObject("referral_id", UUID.class));
        Array postal = rs.getArray("postal_address");
        Map<String, String> fields = new LinkedHashMap<>();
        JSON.readTree(rs.getString("personalisation")).properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
        return new Row(m, rs.getString("recipient_key"), postal == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) postal.getArray())),
                fields, rs.getObject("notify_template_id", UUID.class), rs.getObject("programme_id", UUID.class), instant(rs, "send_by"),
                rs.getString("provider"), rs.getString("provider_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
