package org.anchorage.shared.web;

import java.util.Set;

/**
 * One item of the header navigation, offered by a module to the roles (Spring authorities such as
 * {@code ROLE_ADMINISTRATOR}) that may follow it.
 */
public record NavigationLink(String label, String href, int order, Set<String> authorities) {}
