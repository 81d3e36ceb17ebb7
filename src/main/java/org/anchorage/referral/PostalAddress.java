package org.anchorage.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where letters go, alongside the postcode the referral already has. Needed when the person asked to be
 * contacted by letter; the limits are the participant record's, so enrolment can always copy it.
 */
public record PostalAddress(String line1, String line2, String town) {

    public static final PostalAddress NONE = new PostalAddress(null, null, null);

    public PostalAddress {
        line1 = clean(line1);
        line2 = clean(line2);
        town = clean(town);
    }

    public boolean isEmpty() {
        return line1 == null && line2 == null && town == null;
    }

    /** The lines given, for showing on a page. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {line1, line2, town}) {
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Every problem at once, keyed by part (line1, line2, town), so forms can show them together: a letter
     * needs the first line and the town; any part given must fit.
     */
    public Map<String, String> problems(ContactPreference contact) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (contact == ContactPreference.POST && line1 == null) {
            problems.put("line1", "Enter the first line of the address, so letters can be sent");
        } else if (line1 != null && line1.length() > 200) {
            problems.put("line1", "Keep the first line of the address to 200 characters or fewer");
        }
        if (line2 != null && line2.length() > 200) {
            problems.put("line2", "Keep the second line of the address to 200 characters or fewer");
        }
        if (contact == ContactPreference.POST && town == null) {
            problems.put("town", "Enter the town or city, so letters can be sent");
        } else if (town != null && town.length() > 100) {
            problems.put("town", "Keep the town or city to 100 characters or fewer");
        }
        return problems;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
