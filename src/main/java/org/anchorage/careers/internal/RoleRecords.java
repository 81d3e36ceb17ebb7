package org.anchorage.careers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anchorage.careers.CareerRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roles in health and care, in plain SQL. */
@Repository
public class RoleRecords {

    private static final String COLUMNS = """
            slug, title, role_family, what_it_is, day_in_job, afc_band, training, route, easy_read, shown_order, published, edited_by, edited_at
            """;

    private final JdbcClient jdbc;

    RoleRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every role, or only the published ones, in the order they are shown. */
    public List<CareerRole> list(boolean publishedOnly) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM careers_role WHERE published OR NOT :publishedOnly ORDER BY shown_order, title")
                .param("publishedOnly", publishedOnly).query(RoleRecords::role).list();
    }

    public Optional<CareerRole> find(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM careers_role WHERE slug = :slug").param("slug", slug).query(RoleRecords::role).optional();
    }

    public boolean exists(String slug) {
        return jdbc.sql("SELECT count(*) FROM careers_role WHERE slug = :slug").param("slug", slug).query(Long.class).single() > 0;
    }

    /** Throws DuplicateKeyException when the slug is taken (two managers adding the same role at once). */
    public void insert(String slug, CareerRole.Content c, String by, Instant at) {
        jdbc.sql("INSERT INTO careers_role (" + COLUMNS + """
                ) VALUES (:slug, :title, :family, :what, :day, :band, :training, :route, :easy, :order, :published, :by, :at)
                """).params(params(slug, c, by, at)).update();
    }

    public int update(String slug, CareerRole.Content c, String by, Instant at) {
        return jdbc.sql("""
                UPDATE careers_role SET title = :title, role_family = :family, what_it_is = :what, day_in_job = :day, afc_band = :band,
                    training = :training, route = :route, easy_read = :easy, shown_order = :order, published = :published,
                    edited_by = :by, edited_at = :at
                WHERE slug = :slug
                """).params(params(slug, c, by, at)).update();
    }

    private static java.util.Map<String, Object> params(String slug, CareerRole.Content c, String by, Instant at) {
        var p = new java.util.HashMap<String, Object>();
        p.put("slug", slug);
        p.put("title", c.title().strip());
        p.put("family", c.roleFamily());
        p.put("what", c.whatItIs().strip());
        p.put("day", c.dayInJob().strip());
        p.put("band", c.afcBand() == null || c.afcBand().isBlank() ? null : c.afcBand());
        p.put("training", c.training().strip());
        p.put("route", c.route().strip());
        p.put("easy", c.easyRead().strip());
        p.put("order", c.order());
        p.put("published", c.published());
        p.put("by", by);
        p.put("at", Timestamp.from(at));
        return p;
    }

    private static CareerRole role(ResultSet rs, int n) throws SQLException {
        return new CareerRole(rs.getString("slug"), rs.getString("title"), rs.getString("role_family"), rs.getString("what_it_is"),
                rs.getString("day_in_job"), rs.getString("afc_band"), rs.getString("training"), rs.getString("route"),
                rs.getString("easy_read"), rs.getInt("shown_order"), rs.getBoolean("published"), rs.getString("edited_by"),
                rs.getTimestamp("edited_at").toInstant());
    }
}
