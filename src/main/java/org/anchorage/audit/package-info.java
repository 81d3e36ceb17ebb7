/**
 * The audit trail: an append-only, hash-chained record of every create, change and read of a
 * personal record, and of every refusal. Publishes {@link org.anchorage.audit.AuditTrail}; depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.anchorage.audit;
