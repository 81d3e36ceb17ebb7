package org.anchorage.eligibility;

import java.time.Instant;
import java.util.List;
import org.anchorage.programme.ImdEdition;

/**
 * A decision with every reason for it, the data edition used and the inputs, so a navigator can read
 * why and a funder's evaluator can re-check it. {@code area} is null when the postcode was not found.
 */
public record EligibilityDecision(
        boolean eligible,
        List<EligibilityReason> reasons,
        ImdEdition edition,
        AreaFacts area,
        EligibilityInputs inputs,
        int rulesVersion,
        Instant checkedAt) {

    /** The decile in the edition the programme decides by. */
    public Integer decile() {
        if (area == null) {
            return null;
        }
        return edition == ImdEdition.IOD2019 ? area.imd2019Decile() : Integer.valueOf(area.imd2025Decile());
    }

    public Integer rank() {
        if (area == null) {
            return null;
        }
        return edition == ImdEdition.IOD2019 ? area.imd2019Rank() : Integer.valueOf(area.imd2025Rank());
    }
}
