package org.anchorage.participant;

import java.time.LocalDate;

/**
 * What changes how the service treats a person on a given day, worked out from the record rather than
 * stored as a flag: under 18 (from the date of birth, so it ends by itself on the 18th birthday), a
 * self-declared learning disability (easy-read information, a longer induction) and being a care leaver.
 * Carries no date of birth or diagnosis, so a module can pass it on to a host in plain words.
 *
 * @param under18          under 18 on the day asked about
 * @param eighteenOn       the 18th birthday (the day young-worker rules stop applying)
 * @param easyReadAndLongerInduction a self-declared learning disability, said without naming it
 * @param careLeaver       self-declared care leaver
 */
public record ServiceNeeds(boolean under18, LocalDate eighteenOn, boolean easyReadAndLongerInduction, boolean careLeaver) {

    /** Under 18 on a day, from the date of birth: the day before the 18th birthday is the last. */
    public static boolean under18(LocalDate dateOfBirth, LocalDate on) {
        return on.isBefore(eighteenthBirthday(dateOfBirth));
    }

    /**
     * The 18th birthday. Someone born on 29 February turns 18 on 1 March when that year has no 29th, as
     * English law counts it; java.time alone would say 28 February.
     */
    public static LocalDate eighteenthBirthday(LocalDate dateOfBirth) {
        LocalDate birthday = dateOfBirth.plusYears(18);
        return birthday.getDayOfMonth() != dateOfBirth.getDayOfMonth() ? birthday.plusDays(1) : birthday;
    }
}
