package org.anchorage.support;

/** What a mentor offers: the role family they work in, where they are based, how many people they can mentor at once. */
public record MentorProfile(String roleFamily, String basePostcode, int capacity) {

    public static final int DEFAULT_CAPACITY = 2;
    public static final MentorProfile NONE = new MentorProfile("", "", DEFAULT_CAPACITY);
}
