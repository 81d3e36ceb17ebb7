package org.anchorage.organisation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of organisation in CONTRACTS.md, with the code the API uses and a label for pages. */
public enum OrganisationType {
    NHS_TRUST("nhs-trust", "NHS trust"),
    COUNCIL("council", "Council"),
    EMPLOYER("employer", "Employer"),
    REFERRAL_PARTNER("referral-partner", "Referral partner"),
    TRAINING_PROVIDER("training-provider", "Training provider"),
    FUNDER("funder", "Funder or commissioner"),
    CHARITY("charity", "Charity"),
    SCHOOL("school", "School or college"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    OrganisationType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<OrganisationType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
