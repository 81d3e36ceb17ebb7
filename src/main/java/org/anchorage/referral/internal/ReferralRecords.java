package org.anchorage.referral.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.PostalAddress;
import org.anchorage.referral.Referral;
import org.anchorage.referral.ReferralEvent;
import org.anchorage.referral.ReferralId;
import org.anchorage.referral.ReferralStatus;
import org.anchorage.referral.WorkInterest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class ReferralRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReferralRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** {@code source} is "self", "partner" or "event". */
    public void insert(Referral r, String source, UserId referredBy, String submissionKey) {
        jdbc.sql("""
                INSERT INTO referral_referral (id, reference, programme_id, source, source_detail, partner_organisation_id,
                    referred_by, given_name, family_name, date_of_birth, postcode, address_line_1, address_line_2, town,
                    email, phone, contact_preference, work_interests, consent_version, consent_given_at, eligible, eligibility,
                    status, submission_key, received_at)
                VALUES (:id, :reference, :programme, :source, :sourceDetail, :partner, :referredBy, :givenName, :familyName,
                    :dob, :postcode, :line1, :line2, :town, :email, :phone, :contact, :interests, :consentVersion, :consentAt, :eligible,
                    CAST(:eligibility AS jsonb), 'received', :submissionKey, :receivedAt)
                """)
                .param("id", r.id().value())
                .param("reference", r.reference())
                .param("programme", r.programme().value())
                .param("source", source)
                .param("sourceDetail", r.sourceDetail() == null ? "" : r.sourceDetail())
                .param("partner", r.partnerOrganisation() == null ? null : r.partnerOrganisation().value())
                .param("referredBy", referredBy == null ? null : referredBy.value())
                .param("givenName", r.givenName())
                .param("familyName", r.familyName())
                .param("dob", Date.valueOf(r.dateOfBirth()))
                .param("postcode", r.postcode())
                .param("line1", r.address().line1())
                .param("line2", r.address().line2())
                .param("town", r.address().town())
                .param("email", r.email())
                .param("phone", r.phone())
                .param("contact", r.contactPreference().code())
                .param("interests", String.join(",", r.workInterests().stream().map(WorkInterest::code).toList()))
                .param("consentVersion", r.privacyNoticeVersion())
                .param("consentAt", Timestamp.from(r.consentGivenAt()))
                .param("eligible", r.eligible())
                .param("eligibility", json.writeValueAsString(r.eligibility()))
                .param("submissionKey", submissionKey)
                .param("receivedAt", Timestamp.from(r.receivedAt()))
                .update();
    }

    public Optional<Referral> find(ReferralId id) {
        return jdbc.sql("SELECT * FROM referral_referral WHERE id = :id").param("id", id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    /** Who made the referral (a partner's or a navigator's account); empty for a self-referral. */
    public Optional<UserId> referredBy(ReferralId id) {
        return jdbc.sql("SELECT referred_by FROM referral_referral WHERE id = :id AND referred_by IS NOT NULL").param("id", id.value())
                .query(UUID.class).optional().map(UserId::new);
    }

    public Optional<Referral> findBySubmissionKey(String key) {
        return jdbc.sql("SELECT * FROM referral_referral WHERE submission_key = :key").param("key", key)
                .query((rs, n) -> map(rs)).optional();
    }

    public Optional<Referral> findByReference(String reference) {
        return jdbc.sql("SELECT * FROM referral_referral WHERE reference = :r").param("r", reference)
                .query((rs, n) -> map(rs)).optional();
    }

    public List<Referral> forPartner(OrganisationId organisation) {
        return jdbc.sql("SELECT * FROM referral_referral WHERE partner_organisation_id = :o ORDER BY received_at DESC LIMIT 500")
                .param("o", organisation.value()).query((rs, n) -> map(rs)).list();
    }

    public List<Referral> waiting(List<ProgrammeId> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM referral_referral WHERE status = 'received' AND programme_id IN (:p) ORDER BY received_at")
                .param("p", programmes.stream().map(ProgrammeId::value).toList()).query((rs, n) -> map(rs)).list();
    }

    /** Others with the same date of birth: the only candidates a duplicate can be (typos allowed elsewhere). */
    public List<Referral> sameBirthday(LocalDate dateOfBirth, ReferralId except) {
        return jdbc.sql("SELECT * FROM referral_referral WHERE date_of_birth = :dob AND id <> :id AND status <> 'merged'")
                .param("dob", Date.valueOf(dateOfBirth)).param("id", except.value()).query((rs, n) -> map(rs)).list();
    }

    /** Moves a received referral on, only if nobody else did first (optimistic lock on version). */
    public boolean decide(ReferralId id, int expectedVersion, ReferralStatus status, String reason, UserId navigator,
                          ReferralId mergedInto, String by, Instant at) {
        return jdbc.sql("""
                UPDATE referral_referral SET status = :status, decision_reason = :reason,
                       navigator_id = coalesce(:navigator, navigator_id), merged_into = :mergedInto, decided_at = :at,
                       decided_by = :by, acknowledged_at = coalesce(acknowledged_at, :at), version = version + 1
                WHERE id = :id AND version = :version AND status = 'received'
                """)
                .param("id", id.value())
                .param("version", expectedVersion)
                .param("status", status.code())
                .param("reason", reason)
                .param("navigator", navigator == null ? null : navigator.value())
                .param("mergedInto", mergedInto == null ? null : mergedInto.value())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    public boolean allocate(ReferralId id, int expectedVersion, UserId navigator, Instant at) {
        return jdbc.sql("""
                UPDATE referral_referral SET navigator_id = :navigator, acknowledged_at = coalesce(acknowledged_at, :at),
                       version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("id", id.value()).param("version", expectedVersion).param("navigator", navigator.value())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    public void event(ReferralId id, Instant at, String actor, String kind, String detail) {
        jdbc.sql("INSERT INTO referral_event (referral_id, occurred_at, actor, kind, detail) VALUES (:id, :at, :actor, :kind, :detail)")
                .param("id", id.value()).param("at", Timestamp.from(at)).param("actor", actor).param("kind", kind)
                .param("detail", detail).update();
    }

    /** A referral's history and that of every referral merged into it. */
    public List<ReferralEvent> history(ReferralId id) {
        return jdbc.sql("""
                SELECT e.* FROM referral_event e
                WHERE e.referral_id = :id OR e.referral_id IN (SELECT r.id FROM referral_referral r WHERE r.merged_into = :id)
                ORDER BY e.occurred_at DESC, e.id DESC
                """)
                .param("id", id.value())
                .query((rs, n) -> new ReferralEvent(new ReferralId(rs.getObject("referral_id", UUID.class)),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("kind"),
                        rs.getString("detail")))
                .list();
    }

    private Referral map(ResultSet rs) throws SQLException {
        UUID partner = rs.getObject("partner_organisation_id", UUID.class);
        UUID navigator = rs.getObject("navigator_id", UUID.class);
        UUID merged = rs.getObject("merged_into", UUID.class);
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        Timestamp decided = rs.getTimestamp("decided_at");
        String interests = rs.getString("work_interests");
        return new Referral(
                new ReferralId(rs.getObject("id", UUID.class)),
                rs.getString("reference"),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("source"),
                rs.getString("source_detail"),
                partner == null ? null : new OrganisationId(partner),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getDate("date_of_birth").toLocalDate(),
                rs.getString("postcode"),
                new PostalAddress(rs.getString("address_line_1"), rs.getString("address_line_2"), rs.getString("town")),
                rs.getString("email"),
                rs.getString("phone"),
                ContactPreference.fromCode(rs.getString("contact_preference")).orElseThrow(),
                interests.isEmpty() ? List.of() : Arrays.stream(interests.split(","))
                        .map(c -> WorkInterest.fromCode(c).orElseThrow()).toList(),
                rs.getString("consent_version"),
                rs.getTimestamp("consent_given_at").toInstant(),
                rs.getBoolean("eligible"),
                json.readValue(rs.getString("eligibility"), Referral.EligibilitySummary.class),
                ReferralStatus.valueOf(rs.getString("status").toUpperCase()),
                rs.getString("decision_reason"),
                navigator == null ? null : new UserId(navigator),
                merged == null ? null : new ReferralId(merged),
                rs.getTimestamp("received_at").toInstant(),
                ack == null ? null : ack.toInstant(),
                decided == null ? null : decided.toInstant(),
                rs.getInt("version"));
    }
}
