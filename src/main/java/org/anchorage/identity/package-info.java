/**
 * Who may do what: user accounts with one role each, sign-in and sign-out, sessions, API tokens,
 * throttling of failed sign-ins (device cookies, ADR 0009), the password policy, password change and
 * reset, signing out everywhere, and the "password again" check behind
 * {@link org.anchorage.shared.web.RequiresRecentPassword}. Publishes {@link org.anchorage.identity.Users},
 * {@link org.anchorage.identity.Accounts} and {@link org.anchorage.identity.Role}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.anchorage.identity;
