package org.anchorage.programme;

/**
 * How residents reach the programme's team: shown on the self-referral confirmation, so someone who
 * has just referred themselves knows who to call or write to. Each part may be empty.
 *
 * @param openingHours in plain words, e.g. "Monday to Friday, 9am to 5pm"
 */
public record ProgrammeContact(String email, String phone, String openingHours) {

    public static final ProgrammeContact NONE = new ProgrammeContact("", "", "");

    public boolean isEmpty() {
        return email.isBlank() && phone.isBlank() && openingHours.isBlank();
    }
}
