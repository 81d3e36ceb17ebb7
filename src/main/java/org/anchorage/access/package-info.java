/**
 * The one access policy: what the signed-in user may see and change, decided from their role, their
 * organisation, the programmes their organisation takes part in and, for navigators, their own
 * caseload. Every facade asks {@link org.anchorage.access.AccessPolicy} for the user's
 * {@link org.anchorage.access.AccessScope} and lists filter by it in SQL. The rules, as a table a
 * programme manager can read, are in docs/access.md. Depends on identity and organisation only; the
 * programme module tells it who takes part through {@link org.anchorage.access.ProgrammeMemberships}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access policy")
package org.anchorage.access;
