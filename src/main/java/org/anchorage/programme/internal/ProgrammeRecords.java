package org.anchorage.programme.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EligibilityRulesVersion;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeContact;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class ProgrammeRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProgrammeRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Programme programme, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO programme_programme (id, name, status, starts_on, ends_on, description, contact_email,
                    contact_phone, contact_hours, created_at)
                VALUES (:id, :name, :status, :startsOn, :endsOn, :description, :email, :phone, :hours, :createdAt)
                """)
                .param("email", programme.contact().email())
                .param("phone", programme.contact().phone())
                .param("hours", programme.contact().openingHours())
                .param("id", programme.id().value())
                .param("name", programme.name())
                .param("status", programme.status().code())
                .param("startsOn", programme.startsOn() == null ? null : Date.valueOf(programme.startsOn()))
                .param("endsOn", programme.endsOn() == null ? null : Date.valueOf(programme.endsOn()))
                .param("description", programme.description())
                .param("createdAt", Timestamp.from(createdAt))
                .update();
        saveOrganisations(programme);
    }

    public void update(Programme programme) {
        jdbc.sql("""
                UPDATE programme_programme SET name = :name, status = :status, starts_on = :startsOn, ends_on = :endsOn,
                       description = :description, contact_email = :email, contact_phone = :phone,
                       contact_hours = :hours WHERE id = :id
                """)
                .param("email", programme.contact().email())
                .param("phone", programme.contact().phone())
                .param("hours", programme.contact().openingHours())
                .param("id", programme.id().value())
                .param("name", programme.name())
                .param("status", programme.status().code())
                .param("startsOn", programme.startsOn() == null ? null : Date.valueOf(programme.startsOn()))
                .param("endsOn", programme.endsOn() == null ? null : Date.valueOf(programme.endsOn()))
                .param("description", programme.description())
                .update();
        jdbc.sql("DELETE FROM programme_organisation WHERE programme_id = :id").param("id", programme.id().value()).update();
        saveOrganisations(programme);
    }

    private void saveOrganisations(Programme programme) {
        for (OrganisationId organisation : programme.organisations()) {
            jdbc.sql("INSERT INTO programme_organisation (programme_id, organisation_id) VALUES (:programme, :organisation)")
                    .param("programme", programme.id().value())
                    .param("organisation", organisation.value())
                    .update();
        }
    }

    public boolean nameTaken(String name, ProgrammeId except) {
        return jdbc.sql("SELECT count(*) FROM programme_programme WHERE lower(name) = lower(:name) AND id <> :except")
                .param("name", name)
                .param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    public Optional<Programme> find(ProgrammeId id) {
        return jdbc.sql("SELECT * FROM programme_programme WHERE id = :id").param("id", id.value())
                .query((rs, n) -> map(rs, organisationsOf(id.value()))).optional();
    }

    public List<Programme> all() {
        Map<UUID, Set<OrganisationId>> members = new HashMap<>();
        jdbc.sql("SELECT programme_id, organisation_id FROM programme_organisation").query((rs, n) -> {
            members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(new OrganisationId(rs.getObject(2, UUID.class)));
            return null;
        }).list();
        return jdbc.sql("SELECT * FROM programme_programme ORDER BY lower(name)")
                .query((rs, n) -> map(rs, members.getOrDefault(rs.getObject("id", UUID.class), Set.of()))).list();
    }

    /** The programmes an organisation takes part in, filtered in SQL. */
    public List<Programme> takingPart(OrganisationId organisation) {
        List<UUID> ids = jdbc.sql("""
                SELECT p.id FROM programme_programme p JOIN programme_organisation o ON o.programme_id = p.id
                WHERE o.organisation_id = :organisation ORDER BY lower(p.name)
                """).param("organisation", organisation.value()).query(UUID.class).list();
        return ids.stream().map(id -> find(new ProgrammeId(id)).orElseThrow()).toList();
    }

    public void lead(ProgrammeId id, OrganisationId organisation) {
        jdbc.sql("UPDATE programme_programme SET lead_organisation_id = :organisation WHERE id = :id")
                .param("id", id.value()).param("organisation", organisation == null ? null : organisation.value()).update();
    }

    public EligibilityRulesVersion addRulesVersion(ProgrammeId id, EligibilityRules rules, String changedBy, Instant at) {
        // Lock the programme so two managers saving at once get versions n and n+1, never a clash.
        jdbc.sql("SELECT id FROM programme_programme WHERE id = :id FOR UPDATE").param("id", id.value()).query(UUID.class).single();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM programme_eligibility_rules WHERE programme_id = :id")
                .param("id", id.value()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO programme_eligibility_rules (programme_id, version, rules, changed_by, changed_at)
                VALUES (:id, :version, CAST(:rules AS jsonb), :changedBy, :changedAt)
                """)
                .param("id", id.value())
                .param("version", version)
                .param("rules", json.writeValueAsString(rules))
                .param("changedBy", changedBy == null ? "system" : changedBy)
                .param("changedAt", Timestamp.from(at))
                .update();
        return new EligibilityRulesVersion(id, version, rules, changedBy == null ? "system" : changedBy, at);
    }

    public Optional<EligibilityRulesVersion> currentRules(ProgrammeId id) {
        return jdbc.sql("SELECT * FROM programme_eligibility_rules WHERE programme_id = :id ORDER BY version DESC LIMIT 1")
                .param("id", id.value()).query((rs, n) -> rulesVersion(rs)).optional();
    }

    public List<EligibilityRulesVersion> rulesHistory(ProgrammeId id) {
        return jdbc.sql("SELECT * FROM programme_eligibility_rules WHERE programme_id = :id ORDER BY version DESC")
                .param("id", id.value()).query((rs, n) -> rulesVersion(rs)).list();
    }

    private EligibilityRulesVersion rulesVersion(ResultSet rs) throws SQLException {
        return new EligibilityRulesVersion(new ProgrammeId(rs.getObject("programme_id", UUID.class)), rs.getInt("version"),
                json.readValue(rs.getString("rules"), EligibilityRules.class), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }

    private Set<OrganisationId> organisationsOf(UUID programme) {
        return Set.copyOf(jdbc.sql("SELECT organisation_id FROM programme_organisation WHERE programme_id = :id")
                .param("id", programme)
                .query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class))).list());
    }

    private static Programme map(ResultSet rs, Set<OrganisationId> organisations) throws SQLException {
        Date startsOn = rs.getDate("starts_on");
        Date endsOn = rs.getDate("ends_on");
        return new Programme(
                new ProgrammeId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                ProgrammeStatus.fromCode(rs.getString("status")).orElseThrow(),
                startsOn == null ? null : startsOn.toLocalDate(),
                endsOn == null ? null : endsOn.toLocalDate(),
                rs.getString("description"),
                Set.copyOf(organisations),
                new ProgrammeContact(rs.getString("contact_email"), rs.getString("contact_phone"), rs.getString("contact_hours")));
    }
}
