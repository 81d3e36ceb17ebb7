package org.anchorage.audit;

/** What was done to a record, or that a request was refused. */
public enum AuditAction {
    CREATE, CHANGE, READ, DELETE, SIGN_IN, SIGN_OUT, REFUSED
}
