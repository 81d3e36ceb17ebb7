/**
 * Organisations taking part in programmes: trusts, councils, employers, referral partners, funders.
 * Publishes {@link org.anchorage.organisation.Organisations}; depends on audit and shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.anchorage.organisation;
