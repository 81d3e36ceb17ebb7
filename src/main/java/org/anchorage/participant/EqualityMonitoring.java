package org.anchorage.participant;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Equality monitoring answers: special-category data. Every answer is optional; "prefer not to say"
 * is an answer. Ethnic category uses the NHS Data Dictionary codes, keeping Z (asked, not stated)
 * apart from 99 (not known: not asked).
 */
public record EqualityMonitoring(String ethnicCategory, String sex, String genderSameAsBirth, String sexualOrientation,
                                 String disability, String religion, String marriageCivilPartnership,
                                 String pregnancyMaternity, Instant recordedAt, String recordedBy) {

    public static final Map<String, String> ETHNIC_CATEGORIES = new LinkedHashMap<>();

    static {
        ETHNIC_CATEGORIES.put("A", "White: British");
        ETHNIC_CATEGORIES.put("B", "White: Irish");
        ETHNIC_CATEGORIES.put("C", "White: any other White background");
        ETHNIC_CATEGORIES.put("D", "Mixed: White and Black Caribbean");
        ETHNIC_CATEGORIES.put("E", "Mixed: White and Black African");
        ETHNIC_CATEGORIES.put("F", "Mixed: White and Asian");
        ETHNIC_CATEGORIES.put("G", "Mixed: any other mixed background");
        ETHNIC_CATEGORIES.put("H", "Asian or Asian British: Indian");
        ETHNIC_CATEGORIES.put("J", "Asian or Asian British: Pakistani");
        ETHNIC_CATEGORIES.put("K", "Asian or Asian British: Bangladeshi");
        ETHNIC_CATEGORIES.put("L", "Asian or Asian British: any other Asian background");
        ETHNIC_CATEGORIES.put("M", "Black or Black British: Caribbean");
        ETHNIC_CATEGORIES.put("N", "Black or Black British: African");
        ETHNIC_CATEGORIES.put("P", "Black or Black British: any other Black background");
        ETHNIC_CATEGORIES.put("R", "Other ethnic groups: Chinese");
        ETHNIC_CATEGORIES.put("S", "Other ethnic groups: any other ethnic group");
        ETHNIC_CATEGORIES.put("Z", "Not stated (asked, and chose not to say)");
        ETHNIC_CATEGORIES.put("99", "Not known (not asked)");
    }

    /** Answers for the other protected characteristics, each with "prefer not to say". */
    public static final Map<String, Map<String, String>> CHOICES = new LinkedHashMap<>();

    static {
        CHOICES.put("sex", choices("female", "Female", "male", "Male"));
        CHOICES.put("genderSameAsBirth", choices("yes", "Yes", "no", "No"));
        CHOICES.put("sexualOrientation", choices("heterosexual", "Heterosexual or straight", "gay-lesbian", "Gay or lesbian",
                "bisexual", "Bisexual", "other", "Another sexual orientation"));
        CHOICES.put("disability", choices("yes", "Yes", "no", "No"));
        CHOICES.put("religion", choices("none", "No religion", "christian", "Christian", "muslim", "Muslim", "hindu", "Hindu",
                "sikh", "Sikh", "jewish", "Jewish", "buddhist", "Buddhist", "other", "Another religion or belief"));
        CHOICES.put("marriageCivilPartnership", choices("yes", "Married or in a civil partnership", "no", "Neither"));
        CHOICES.put("pregnancyMaternity", choices("yes", "Pregnant or on maternity leave", "no", "No"));
    }

    private static Map<String, String> choices(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        map.put("prefer-not-to-say", "Prefer not to say");
        return map;
    }
}
