package org.anchorage.eligibility.internal;

import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import org.anchorage.eligibility.EligibilityDecision;
import org.anchorage.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class CheckRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CheckRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public UUID insert(ProgrammeId programme, EligibilityDecision decision, String checkedBy, String dataRelease) {
        UUID id = UUID.randomUUID();
        var inputs = decision.inputs();
        jdbc.sql("""
                INSERT INTO eligibility_check (id, programme_id, checked_at, checked_by, inputs, eligible, reasons, imd_edition,
                                               imd_decile, lsoa_code, rules_version, data_release)
                VALUES (:id, :programme, :at, :by, CAST(:inputs AS jsonb), :eligible, CAST(:reasons AS jsonb), :edition,
                        :decile, :lsoa, :rulesVersion, :release)
                """)
                .param("id", id)
                .param("programme", programme.value())
                .param("at", Timestamp.from(decision.checkedAt()))
                .param("by", checkedBy)
                .param("inputs", json.writeValueAsString(Map.of(
                        "postcode", inputs.postcode(),
                        "dateOfBirth", inputs.dateOfBirth().toString(),
                        "employmentStatus", inputs.employmentStatus() == null ? "" : inputs.employmentStatus().code(),
                        "rightToWork", inputs.rightToWork() == null ? "" : inputs.rightToWork().toString())))
                .param("eligible", decision.eligible())
                .param("reasons", json.writeValueAsString(decision.reasons()))
                .param("edition", decision.edition().code())
                .param("decile", decision.decile())
                .param("lsoa", decision.area() == null ? null : decision.area().lsoaCode())
                .param("rulesVersion", decision.rulesVersion())
                .param("release", dataRelease)
                .update();
        return id;
    }
}
