package org.anchorage.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRecords {

    private final JdbcClient jdbc;

    OrganisationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Organisation organisation) {
        jdbc.sql("INSERT INTO organisation_organisation (id, name, type, created_at) VALUES (:id, :name, :type, :createdAt)")
                .param("id", organisation.id().value())
                .param("name", organisation.name())
                .param("type", organisation.type().code())
                .param("createdAt", Timestamp.from(organisation.createdAt()))
                .update();
    }

    public void update(Organisation organisation) {
        jdbc.sql("UPDATE organisation_organisation SET name = :name, type = :type WHERE id = :id")
                .param("id", organisation.id().value())
                .param("name", organisation.name())
                .param("type", organisation.type().code())
                .update();
    }

    public boolean nameTaken(String name, OrganisationId except) {
        return jdbc.sql("SELECT count(*) FROM organisation_organisation WHERE lower(name) = lower(:name) AND id <> :except")
                .param("name", name)
                .param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql("SELECT * FROM organisation_organisation WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("SELECT * FROM organisation_organisation WHERE lower(name) = lower(:name)")
                .param("name", name)
                .query((rs, n) -> map(rs)).optional();
    }

    public List<Organisation> all() {
        return jdbc.sql("SELECT * FROM organisation_organisation ORDER BY lower(name)").query((rs, n) -> map(rs)).list();
    }

    private static Organisation map(ResultSet rs) throws SQLException {
        return new Organisation(
                new OrganisationId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                OrganisationType.fromCode(rs.getString("type")).orElseThrow(),
                rs.getTimestamp("created_at").toInstant());
    }
}
