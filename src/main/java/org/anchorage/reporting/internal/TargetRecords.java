package org.anchorage.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A programme's targets by milestone and its budget lines. */
@Repository
public class TargetRecords {

    private final JdbcClient jdbc;

    TargetRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record BudgetLine(String name, long amountPence) {}

    public Map<String, Integer> targets(UUID programme) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        jdbc.sql("SELECT milestone, target FROM reporting_target WHERE programme_id = :p ORDER BY milestone").param("p", programme)
                .query((rs, n) -> targets.put(rs.getString(1), rs.getInt(2))).list();
        return targets;
    }

    public List<BudgetLine> budget(UUID programme) {
        return jdbc.sql("SELECT name, amount_pence FROM reporting_budget_line WHERE programme_id = :p ORDER BY position")
                .param("p", programme).query((rs, n) -> new BudgetLine(rs.getString(1), rs.getLong(2))).list();
    }

    /** Replaces the programme's targets and budget lines with these (in one transaction, by the caller). */
    public void replace(UUID programme, Map<String, Integer> targets, List<BudgetLine> budget, String by, Instant at) {
        jdbc.sql("DELETE FROM reporting_target WHERE programme_id = :p").param("p", programme).update();
        jdbc.sql("DELETE FROM reporting_budget_line WHERE programme_id = :p").param("p", programme).update();
        targets.forEach((milestone, target) -> jdbc.sql("""
                INSERT INTO reporting_target (programme_id, milestone, target, set_by, set_at) VALUES (:p, :m, :t, :by, :at)
                """).param("p", programme).param("m", milestone).param("t", target).param("by", by).param("at", Timestamp.from(at)).update());
        for (int i = 0; i < budget.size(); i++) {
            jdbc.sql("""
                    INSERT INTO reporting_budget_line (id, programme_id, position, name, amount_pence, set_by, set_at)
                    VALUES (:id, :p, :pos, :name, :amount, :by, :at)
                    """).param("id", UUID.randomUUID()).param("p", programme).param("pos", i + 1).param("name", budget.get(i).name())
                    .param("amount", budget.get(i).amountPence()).param("by", by).param("at", Timestamp.from(at)).update();
        }
    }
}
