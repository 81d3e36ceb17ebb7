package org.anchorage.support.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The barrier fund in plain SQL. {@link #lockFund} takes the fund's row lock, so whoever makes or approves
 * a request works out what is left while nobody else can change it: two approvals at the same moment
 * queue, and the second sees the first.
 */
@Repository
public class BarrierFundRecords {

    private final JdbcClient jdbc;

    BarrierFundRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fund row with its sums (approved and not yet paid, paid, waiting), in pence. */
    public record FundRow(UUID id, ProgrammeId programme, long budgetPence, LocalDate yearStartsOn, LocalDate yearEndsOn,
                          long approvedPence, long spentPence, long waitingPence, int waiting, int version) {

        public long remainingPence() {
            return budgetPence - approvedPence - spentPence;
        }
    }

    private static final String FUND = """
            SELECT f.*,
                (SELECT coalesce(sum(r.amount_pence), 0) FROM support_fund_request r WHERE r.fund_id = f.id
                    AND r.status = 'approved' AND NOT EXISTS (SELECT 1 FROM support_fund_spend s WHERE s.request_id = r.id)) AS approved,
                (SELECT coalesce(sum(s.amount_pence), 0) FROM support_fund_spend s WHERE s.fund_id = f.id) AS spent,
                (SELECT coalesce(sum(r.amount_pence), 0) FROM support_fund_request r WHERE r.fund_id = f.id AND r.status = 'waiting') AS waiting_pence,
                (SELECT count(*) FROM support_fund_request r WHERE r.fund_id = f.id AND r.status = 'waiting') AS waiting
            FROM support_barrier_fund f
            """;

    public Optional<FundRow> fund(ProgrammeId programme) {
        return jdbc.sql(FUND + " WHERE f.programme_id = :p").param("p", programme.value()).query(BarrierFundRecords::fund).optional();
    }

    public List<FundRow> funds(Collection<UUID> programmes) {
        return jdbc.sql(FUND + " WHERE f.programme_id = ANY(:p)").param("p", programmes.toArray(UUID[]::new))
                .query(BarrierFundRecords::fund).list();
    }

    /** Locks the programme's fund row until the transaction ends, then reads it with its sums. */
    public Optional<FundRow> lockFund(ProgrammeId programme) {
        boolean exists = !jdbc.sql("SELECT id FROM support_barrier_fund WHERE programme_id = :p FOR UPDATE")
                .param("p", programme.value()).query(UUID.class).list().isEmpty();
        return exists ? fund(programme) : Optional.empty();
    }

    public void insertFund(UUID id, ProgrammeId programme, long budgetPence, LocalDate starts, LocalDate ends, UserId by, Instant at) {
        jdbc.sql("""
                INSERT INTO support_barrier_fund (id, programme_id, budget_pence, year_starts_on, year_ends_on, set_by, set_at)
                VALUES (:id, :p, :budget, :starts, :ends, :by, :at)
                """)
                .param("id", id).param("p", programme.value()).param("budget", budgetPence).param("starts", Date.valueOf(starts))
                .param("ends", Date.valueOf(ends)).param("by", by.value()).param("at", Timestamp.from(at))
                .update();
    }

    public boolean updateFund(UUID id, int version, long budgetPence, LocalDate starts, LocalDate ends, UserId by, Instant at) {
        return jdbc.sql("""
                UPDATE support_barrier_fund SET budget_pence = :budget, year_starts_on = :starts, year_ends_on = :ends,
                    set_by = :by, set_at = :at, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("id", id).param("version", version).param("budget", budgetPence).param("starts", Date.valueOf(starts))
                .param("ends", Date.valueOf(ends)).param("by", by.value()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** A request row with its fund's programme and its payment, if any. */
    public record RequestRow(UUID id, UUID fund, ProgrammeId programme, ParticipantId participant, UUID action, long amountPence,
                             String reason, String buys, String status, UserId requestedBy, Instant requestedAt, UserId decidedBy,
                             Instant decidedAt, String decisionReason, int version, Long spentPence, LocalDate paidOn,
                             String howPaid, String receiptReference) {}

    private static final String REQUEST = """
            SELECT r.*, f.programme_id, s.amount_pence AS spent_pence, s.paid_on, s.how_paid, s.receipt_reference
            FROM support_fund_request r JOIN support_barrier_fund f ON f.id = r.fund_id
            LEFT JOIN support_fund_spend s ON s.request_id = r.id
            """;

    public void insertRequest(UUID id, UUID fund, ParticipantId participant, UUID action, long amountPence, String reason,
                              String buys, UserId by, Instant at) {
        jdbc.sql("""
                INSERT INTO support_fund_request (id, fund_id, participant_id, action_id, amount_pence, reason, buys,
                    requested_by, requested_at)
                VALUES (:id, :fund, :participant, :action, :amount, :reason, :buys, :by, :at)
                """)
                .param("id", id).param("fund", fund).param("participant", participant.value()).param("action", action)
                .param("amount", amountPence).param("reason", reason).param("buys", buys).param("by", by.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    public Optional<RequestRow> request(UUID id) {
        return jdbc.sql(REQUEST + " WHERE r.id = :id").param("id", id).query(BarrierFundRecords::request).optional();
    }

    public List<RequestRow> requestsOf(ParticipantId participant) {
        return jdbc.sql(REQUEST + " WHERE r.participant_id = :p ORDER BY r.requested_at DESC")
                .param("p", participant.value()).query(BarrierFundRecords::request).list();
    }

    /** Requests in these programmes, waiting ones first, newest first; filtered in SQL by the user's programmes. */
    public List<RequestRow> requestsIn(Collection<UUID> programmes, boolean waitingOnly, int limit) {
        return jdbc.sql(REQUEST + """
                 WHERE f.programme_id = ANY(:p) AND (:waitingOnly = FALSE OR r.status = 'waiting')
                ORDER BY r.status = 'waiting' DESC, r.requested_at DESC LIMIT :limit
                """)
                .param("p", programmes.toArray(UUID[]::new)).param("waitingOnly", waitingOnly).param("limit", limit)
                .query(BarrierFundRecords::request).list();
    }

    /** Requests waiting in these programmes that this user did not make (the ones they can decide). */
    public int waitingFor(Collection<UUID> programmes, UserId notRequestedBy) {
        return jdbc.sql("""
                SELECT count(*) FROM support_fund_request r JOIN support_barrier_fund f ON f.id = r.fund_id
                WHERE f.programme_id = ANY(:p) AND r.status = 'waiting' AND r.requested_by <> :me
                """)
                .param("p", programmes.toArray(UUID[]::new)).param("me", notRequestedBy.value()).query(Integer.class).single();
    }

    /** Decides a waiting request only if nobody changed it since the page was built. */
    public boolean decide(UUID id, int version, String status, String reason, UserId by, Instant at) {
        return jdbc.sql("""
                UPDATE support_fund_request SET status = :status, decision_reason = :reason, decided_by = :by, decided_at = :at,
                    version = version + 1
                WHERE id = :id AND version = :version AND status = 'waiting'
                """)
                .param("id", id).param("version", version).param("status", status).param("reason", reason)
                .param("by", by.value()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    public void insertSpend(UUID id, RequestRow r, long amountPence, LocalDate paidOn, String howPaid, String receipt, UserId by,
                            Instant at) {
        jdbc.sql("""
                INSERT INTO support_fund_spend (id, request_id, fund_id, participant_id, amount_pence, paid_on, how_paid,
                    receipt_reference, recorded_by, recorded_at)
                VALUES (:id, :request, :fund, :participant, :amount, :paid, :how, :receipt, :by, :at)
                """)
                .param("id", id).param("request", r.id()).param("fund", r.fund()).param("participant", r.participant().value())
                .param("amount", amountPence).param("paid", Date.valueOf(paidOn)).param("how", howPaid).param("receipt", receipt)
                .param("by", by.value()).param("at", Timestamp.from(at))
                .update();
    }

    /** Figures of one programme's fund over a period: requests made, decided and paid in it; never a person. */
    public record Totals(int requested, int approved, int refused, long approvedPence, int payments, long spentPence, int people) {}

    public Totals totals(ProgrammeId programme, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                WITH f AS (SELECT id FROM support_barrier_fund WHERE programme_id = :p),
                r AS (SELECT * FROM support_fund_request WHERE fund_id IN (SELECT id FROM f)),
                s AS (SELECT * FROM support_fund_spend WHERE fund_id IN (SELECT id FROM f) AND paid_on BETWEEN :from AND :to)
                SELECT
                    (SELECT count(*) FROM r WHERE (requested_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to) AS requested,
                    (SELECT count(*) FROM r WHERE status = 'approved' AND (decided_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to) AS approved,
                    (SELECT count(*) FROM r WHERE status = 'refused' AND (decided_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to) AS refused,
                    (SELECT coalesce(sum(amount_pence), 0) FROM r WHERE status = 'approved' AND (decided_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to) AS approved_pence,
                    (SELECT count(*) FROM s) AS payments,
                    (SELECT coalesce(sum(amount_pence), 0) FROM s) AS spent_pence,
                    (SELECT count(DISTINCT participant_id) FROM s) AS people
                """)
                .param("p", programme.value()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new Totals(rs.getInt("requested"), rs.getInt("approved"), rs.getInt("refused"),
                        rs.getLong("approved_pence"), rs.getInt("payments"), rs.getLong("spent_pence"), rs.getInt("people")))
                .single();
    }

    private static FundRow fund(ResultSet rs, int n) throws SQLException {
        return new FundRow(rs.getObject("id", UUID.class), new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getLong("budget_pence"), rs.getDate("year_starts_on").toLocalDate(), rs.getDate("year_ends_on").toLocalDate(),
                rs.getLong("approved"), rs.getLong("spent"), rs.getLong("waiting_pence"), rs.getInt("waiting"), rs.getInt("version"));
    }

    private static RequestRow request(ResultSet rs, int n) throws SQLException {
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        long spent = rs.getLong("spent_pence");
        boolean paid = !rs.wasNull();
        Date paidOn = rs.getDate("paid_on");
        return new RequestRow(rs.getObject("id", UUID.class), rs.getObject("fund_id", UUID.class),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)), new ParticipantId(rs.getObject("participant_id", UUID.class)),
                rs.getObject("action_id", UUID.class), rs.getLong("amount_pence"), rs.getString("reason"), rs.getString("buys"),
                rs.getString("status"), new UserId(rs.getObject("requested_by", UUID.class)), rs.getTimestamp("requested_at").toInstant(),
                decidedBy == null ? null : new UserId(decidedBy), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_reason"), rs.getInt("version"), paid ? spent : null,
                paidOn == null ? null : paidOn.toLocalDate(), rs.getString("how_paid"), rs.getString("receipt_reference"));
    }
}
