/**
 * Who may do what: user accounts with one role each, sign-in and sign-out, sessions, API tokens,
 * throttling of failed sign-ins. Publishes {@link org.anchorage.identity.Users} and {@link org.anchorage.identity.Role}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.anchorage.identity;
