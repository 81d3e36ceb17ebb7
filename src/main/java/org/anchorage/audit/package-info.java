/**
 * The audit trail: an append-only record of every create, change and read of a personal record (list
 * views name the records shown), of every refusal, and of reads of the trail itself, linked by a
 * single chainer into an HMAC-SHA256 chain whose key the database does not hold, with signed
 * checkpoints kept outside the database (ADR 0010). Publishes {@link org.anchorage.audit.AuditTrail};
 * depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.anchorage.audit;
