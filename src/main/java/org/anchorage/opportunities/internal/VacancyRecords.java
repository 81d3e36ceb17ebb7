package org.anchorage.opportunities.internal;

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
import org.anchorage.opportunities.Vacancy;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class VacancyRecords {

    private final JdbcClient jdbc;

    VacancyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A vacancy as stored, resolved to its checked values. */
    public record Row(UUID id, UUID programme, UUID employer, String title, String roleFamily, String afcBand, Long payPence,
                      Vacancy.PayPer payPer, String payNote, java.math.BigDecimal hoursPerWeek, Vacancy.Contract contract, String postcode,
                      String locality, Double latitude, Double longitude, LocalDate closesOn, String applyUrl, String description) {}

    public void insert(Row v, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO opportunities_vacancy (id, programme_id, employer_id, title, role_family, afc_band, pay_pence, pay_per, pay_note,
                    hours_per_week, contract, postcode, locality, latitude, longitude, closes_on, apply_url, description, posted_by,
                    posted_at, changed_at)
                VALUES (:id, :programme, :employer, :title, :role, :band, :pay, :per, :note, :hours, :contract, :postcode, :locality,
                    :lat, :lon, :closes, :apply, :description, :by, :at, :at)
                """).paramSource(params(v).addValue("by", by).addValue("at", Timestamp.from(at))).update();
    }

    /** Changes a vacancy not yet withdrawn; false when there is none. */
    public boolean change(Row v, Instant at) {
        return jdbc.sql("""
                UPDATE opportunities_vacancy SET programme_id = :programme, employer_id = :employer, title = :title, role_family = :role,
                    afc_band = :band, pay_pence = :pay, pay_per = :per, pay_note = :note, hours_per_week = :hours, contract = :contract,
                    postcode = :postcode, locality = :locality, latitude = :lat, longitude = :lon, closes_on = :closes, apply_url = :apply,
                    description = :description, changed_at = :at
                WHERE id = :id AND withdrawn_at IS NULL
                """).paramSource(params(v).addValue("at", Timestamp.from(at))).update() == 1;
    }

    public boolean withdraw(UUID id, UUID by, Instant at) {
        return jdbc.sql("UPDATE opportunities_vacancy SET withdrawn_at = :at, withdrawn_by = :by, changed_at = :at "
                        + "WHERE id = :id AND withdrawn_at IS NULL")
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    public Optional<Vacancy> find(UUID id) {
        return jdbc.sql("SELECT * FROM opportunities_vacancy WHERE id = :id").param("id", id).query((rs, n) -> vacancy(rs)).optional();
    }

    /**
     * The vacancies a user manages, by the rule of AccessScope.managesVacancy: those shared through their programmes,
     * and only their own organisation's when {@code employer} is given. Live ones first, by closing date.
     */
    public List<Vacancy> managed(Collection<UUID> programmes, OrganisationId employer) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM opportunities_vacancy
                WHERE programme_id IN (:programmes) AND (CAST(:employer AS UUID) IS NULL OR employer_id = :employer)
                ORDER BY withdrawn_at IS NOT NULL, closes_on DESC, title LIMIT 500
                """).param("programmes", List.copyOf(programmes)).param("employer", employer == null ? null : employer.value())
                .query((rs, n) -> vacancy(rs)).list();
    }

    /** Vacancies not withdrawn, closing on or after the day, of the programmes given (the open ones), soonest closing first. */
    public List<Vacancy> live(LocalDate on, Collection<ProgrammeId> programmes, String roleFamily) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM opportunities_vacancy
                WHERE withdrawn_at IS NULL AND closes_on >= :on AND programme_id IN (:programmes)
                  AND (CAST(:role AS TEXT) IS NULL OR role_family = :role)
                ORDER BY closes_on, title LIMIT 1000
                """).param("on", Date.valueOf(on)).param("programmes", programmes.stream().map(ProgrammeId::value).toList())
                .param("role", roleFamily).query((rs, n) -> vacancy(rs)).list();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Row v) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("id", v.id())
                .addValue("programme", v.programme()).addValue("employer", v.employer()).addValue("title", v.title())
                .addValue("role", v.roleFamily()).addValue("band", v.afcBand()).addValue("pay", v.payPence())
                .addValue("per", v.payPer() == null ? null : v.payPer().code()).addValue("note", v.payNote())
                .addValue("hours", v.hoursPerWeek()).addValue("contract", v.contract().code()).addValue("postcode", v.postcode())
                .addValue("locality", v.locality()).addValue("lat", v.latitude()).addValue("lon", v.longitude())
                .addValue("closes", Date.valueOf(v.closesOn())).addValue("apply", v.applyUrl()).addValue("description", v.description());
    }

    private static Vacancy vacancy(ResultSet rs) throws SQLException {
        return new Vacancy(rs.getObject("id", UUID.class), new ProgrammeId(rs.getObject("programme_id", UUID.class)), null,
                new OrganisationId(rs.getObject("employer_id", UUID.class)), null, rs.getString("title"), rs.getString("role_family"),
                rs.getString("afc_band"), (Long) rs.getObject("pay_pence"), Vacancy.PayPer.fromCode(rs.getString("pay_per")).orElse(null),
                rs.getString("pay_note"), rs.getBigDecimal("hours_per_week"), Vacancy.Contract.fromCode(rs.getString("contract")).orElseThrow(),
                rs.getString("postcode"), rs.getString("locality"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                rs.getDate("closes_on").toLocalDate(), rs.getString("apply_url"), rs.getString("description"),
                rs.getTimestamp("posted_at").toInstant(), rs.getTimestamp("changed_at").toInstant(), rs.getTimestamp("withdrawn_at") != null);
    }
}
