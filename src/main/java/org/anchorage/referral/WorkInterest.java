package org.anchorage.referral;

import java.util.Arrays;
import java.util.Optional;

/** NHS role families a person can say interest them; "not sure yet" is a fine answer. */
public enum WorkInterest {
    NURSING_SUPPORT("nursing-support", "Caring for patients (healthcare support worker)"),
    CUSTOMER_SERVICES("customer-services", "Helping people at reception or on the phone"),
    ADMINISTRATION("administration", "Office and admin work"),
    PHARMACY("pharmacy", "Pharmacy"),
    ESTATES("estates", "Buildings and grounds (estates)"),
    FACILITIES("facilities", "Cleaning, catering or portering"),
    MAINTENANCE("maintenance", "Fixing and maintaining things"),
    NOT_SURE("not-sure", "I am not sure yet");

    private final String code;
    private final String label;

    WorkInterest(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<WorkInterest> fromCode(String code) {
        return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst();
    }
}
