package org.anchorage.eligibility;

import java.time.Instant;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;

/** A bulk screening of a partner's list: its progress and totals. The rows are in its result file. */
public record Screening(
        ScreeningId id,
        ProgrammeId programme,
        UserId createdBy,
        OrganisationId organisation,
        Instant createdAt,
        String fileName,
        ScreeningStatus status,
        int totalRows,
        int processedRows,
        int eligibleRows,
        int rejectedRows,
        String failure,
        Instant finishedAt) {

    public int percentDone() {
        return totalRows == 0 ? (status == ScreeningStatus.COMPLETED ? 100 : 0) : (int) (100L * processedRows / totalRows);
    }

    public int ineligibleRows() {
        return processedRows - eligibleRows - rejectedRows;
    }
}
