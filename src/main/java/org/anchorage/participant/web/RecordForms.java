package org.anchorage.participant.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.anchorage.participant.Participants;
import org.anchorage.participant.PersonalDetails;
import org.anchorage.shared.web.ContactFormats;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/**
 * The forms on a participant's record. Each checks every field at once into a BindingResult, so the
 * page's error summary lists every problem, and the facade's rules are checked again on save.
 */
final class RecordForms {

    private RecordForms() {}

    static final List<String> CONTACT_WAYS = List.of("Phone call", "Meeting in person", "Video call", "Email", "Text message", "Letter");

    record ContactForm(String how, String note) {
        static final List<String> FIELDS = List.of("how", "note");

        void check(BindingResult result) {
            if (how == null || !CONTACT_WAYS.contains(how)) {
                DateInput.reject(result, "how", "Choose how you were in touch");
            }
            text(note, "note", "Write what was discussed", 4000, result);
        }
    }

    record OutcomeForm(String appointment, String outcome) {
        static final List<String> FIELDS = List.of("outcome");

        /** The appointment meant, or null (with the problem recorded) when the page sent none. */
        java.util.UUID check(BindingResult result) {
            if (outcome == null || !org.anchorage.participant.Participants.APPOINTMENT_OUTCOMES.containsKey(outcome)) {
                DateInput.reject(result, "outcome", "Choose whether the person attended");
            }
            try {
                return java.util.UUID.fromString(appointment == null ? "" : appointment.strip());
            } catch (IllegalArgumentException e) {
                DateInput.reject(result, "outcome", "Choose the appointment from the list");
                return null;
            }
        }
    }

    record NoteForm(String text) {
        static final List<String> FIELDS = List.of("text");

        void check(BindingResult result) {
            RecordForms.text(text, "text", "Write the note", 4000, result);
        }
    }

    record AppointmentForm(String dateDay, String dateMonth, String dateYear, String time, String place, String purpose) {
        static final List<String> FIELDS = List.of("date", "time", "place", "purpose");

        /** The three boxes as one field, for the date input's error binding. */
        public String getDate() {
            return dateDay + "/" + dateMonth + "/" + dateYear;
        }

        /** The appointment's date and time, or null with every problem in the result. */
        java.time.Instant startsAt(LocalDate today, BindingResult result) {
            LocalDate day = DateInput.parse("date", "The date of the appointment", dateDay, dateMonth, dateYear,
                    "Enter the date of the appointment", result);
            LocalTime at = time == null || time.isBlank() ? null
                    : DateInput.parseTime("time", time, "Enter the time like 2:30pm or 14:30", result);
            if (time == null || time.isBlank()) {
                DateInput.reject(result, "time", "Enter the time of the appointment");
            }
            text(place, "place", "Say where the appointment is, or give the online link", 200, result);
            text(purpose, "purpose", "Say what the appointment is for", 200, result);
            if (day != null && day.isBefore(today)) {
                DateInput.reject(result, "date", "The date of the appointment must be today or in the future");
            }
            return day == null || at == null ? null : day.atTime(at).atZone(ParticipantPages.LONDON).toInstant();
        }
    }

    record StageForm(String status, String reason, String version) {
        static final List<String> FIELDS = List.of("status", "reason");

        void check(BindingResult result) {
            if (status == null || status.isBlank()) {
                DateInput.reject(result, "status", "Choose the stage");
            }
            text(reason, "reason", "Give the reason for the change", 500, result);
        }

        int expectedVersion() {
            return number(version);
        }
    }

    private static final Pattern POSTCODE = Pattern.compile("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");

    record DetailsForm(String preferredName, String pronouns, String email, String phone, String contactPreference,
                       String addressLine1, String addressLine2, String town, String postcode, String employmentStatus,
                       String rightToWork, String rightToWorkUntilDay, String rightToWorkUntilMonth, String rightToWorkUntilYear,
                       String largePrint, String easyRead, String interpreterLanguage, String otherNeeds, String learningDisability,
                       String careLeaver, String version) {

        static final List<String> FIELDS = List.of("preferredName", "pronouns", "contactPreference", "email", "phone",
                "addressLine1", "addressLine2", "town", "postcode", "employmentStatus", "rightToWork", "rightToWorkUntil",
                "interpreterLanguage", "otherNeeds", "learningDisability", "careLeaver");

        /** The three boxes as one field, for the date input's error binding. */
        public String getRightToWorkUntil() {
            return rightToWorkUntilDay + "/" + rightToWorkUntilMonth + "/" + rightToWorkUntilYear;
        }

        static DetailsForm of(PersonalDetails d, int version) {
            LocalDate until = d.rightToWorkUntil();
            return new DetailsForm(d.preferredName(), d.pronouns(), d.email(), d.phone(), d.contactPreference(), d.addressLine1(),
                    d.addressLine2(), d.town(), d.postcode(), d.employmentStatus(), d.rightToWork(),
                    until == null ? null : String.valueOf(until.getDayOfMonth()), until == null ? null : String.valueOf(until.getMonthValue()),
                    until == null ? null : String.valueOf(until.getYear()), d.largePrint() ? "yes" : null, d.easyRead() ? "yes" : null,
                    d.interpreterLanguage(), d.otherNeeds(), d.learningDisability(), d.careLeaver(), String.valueOf(version));
        }

        /** The details as typed, checked field by field; every problem goes into the result. */
        PersonalDetails details(LocalDate today, BindingResult result) {
            optional(preferredName, "preferredName", "Keep the preferred name to 100 characters or fewer", 100, result);
            optional(pronouns, "pronouns", "Keep the pronouns to 50 characters or fewer", 50, result);
            if (blankToNull(email) != null && !ContactFormats.isEmail(email.strip())) {
                DateInput.reject(result, "email", "Enter an email address in the correct format, like name@example.com");
            }
            if (blankToNull(phone) != null && !ContactFormats.isPhone(phone.strip())) {
                DateInput.reject(result, "phone", "Enter a phone number, like 01632 960 001 or 07700 900 982");
            }
            optional(addressLine1, "addressLine1", "Keep the first line of the address to 200 characters or fewer", 200, result);
            optional(addressLine2, "addressLine2", "Keep the second line of the address to 200 characters or fewer", 200, result);
            optional(town, "town", "Keep the town or city to 100 characters or fewer", 100, result);
            if (blankToNull(postcode) == null || !POSTCODE.matcher(postcode.strip()).matches()) {
                DateInput.reject(result, "postcode", "Enter a full postcode, like LS1 4AP");
            }
            optional(interpreterLanguage, "interpreterLanguage", "Keep the language to 100 characters or fewer", 100, result);
            optional(otherNeeds, "otherNeeds", "Keep other needs to 500 characters or fewer", 500, result);
            if (blankToNull(learningDisability) != null && !PersonalDetails.SELF_DECLARED.containsKey(learningDisability)) {
                DateInput.reject(result, "learningDisability", "Choose yes, no or prefer not to say");
            }
            if (blankToNull(careLeaver) != null && !PersonalDetails.SELF_DECLARED.containsKey(careLeaver)) {
                DateInput.reject(result, "careLeaver", "Choose yes, no or prefer not to say");
            }
            LocalDate until = DateInput.parse("rightToWorkUntil", "The date the right to work ends", rightToWorkUntilDay,
                    rightToWorkUntilMonth, rightToWorkUntilYear, null, result);
            PersonalDetails details = new PersonalDetails(blankToNull(preferredName), blankToNull(pronouns), blankToNull(email), blankToNull(phone),
                    blankToNull(contactPreference), blankToNull(addressLine1), blankToNull(addressLine2), blankToNull(town), normalisePostcode(postcode),
                    blankToNull(employmentStatus), blankToNull(rightToWork), "time-limited".equals(rightToWork) ? until : null,
                    largePrint != null, easyRead != null, blankToNull(interpreterLanguage), blankToNull(otherNeeds),
                    blankToNull(learningDisability), blankToNull(careLeaver));
            for (var problem : Participants.problemsWith(details, today)) {
                if (!result.hasFieldErrors(problem.getKey())) {
                    DateInput.reject(result, problem.getKey(), problem.getValue());
                }
            }
            return details;
        }

        int expectedVersion() {
            return number(version);
        }
    }

    static String normalisePostcode(String postcode) {
        String p = blankToNull(postcode);
        if (p == null) {
            return null;
        }
        String compact = p.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return compact.length() < 5 ? compact : compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static void text(String value, String field, String whenEmpty, int max, BindingResult result) {
        if (value == null || value.isBlank()) {
            DateInput.reject(result, field, whenEmpty);
        } else if (value.length() > max) {
            DateInput.reject(result, field, "Keep it to " + max + " characters or fewer");
        }
    }

    private static void optional(String value, String field, String message, int max, BindingResult result) {
        if (value != null && value.strip().length() > max) {
            DateInput.reject(result, field, message);
        }
    }

    private static int number(String version) {
        try {
            return Integer.parseInt(String.valueOf(version).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
