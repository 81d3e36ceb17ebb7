/**
 * Programmes (youth partnership, national pilot ...): name, status, dates and the organisations
 * taking part. Publishes {@link org.anchorage.programme.Programmes}; depends on organisation, identity, audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programmes")
package org.anchorage.programme;
