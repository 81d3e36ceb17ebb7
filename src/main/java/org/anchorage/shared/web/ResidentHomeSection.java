package org.anchorage.shared.web;

/**
 * A part of the signed-out home page a module adds for residents (roles, jobs open now, events coming up), so the
 * home page needs no knowledge of the modules behind it. The fragment is rendered with {@code content} as its one
 * parameter: {@code <section th:fragment="section(content)">} in {@code template}. Called on every visit to the home
 * page, so it must be cheap; an empty section (nothing coming up) returns {@code null} content and is left out.
 */
public interface ResidentHomeSection {

    /** Where on the page: lower comes first. */
    int order();

    /** The template holding the {@code section(content)} fragment, e.g. {@code careers/home-roles}. */
    String template();

    /** What the fragment shows, or {@code null} to leave the section out. */
    Object content();
}
