package org.anchorage.shared;

/**
 * A record named in a URL or request does not exist, or the caller may not know it exists.
 * Both answer 404, so a caller cannot probe for records they are not allowed to see.
 */
public class RecordNotFound extends RuntimeException {

    private final String recordType;
    private final String recordId;

    public RecordNotFound(String recordType, Object id) {
        super(recordType + " " + id + " was not found");
        this.recordType = recordType;
        this.recordId = id == null ? null : id.toString();
    }

    /** The id asked for, so a refused read can be audited with who tried which record. */
    public String recordId() {
        return recordId;
    }

    public String recordType() {
        return recordType;
    }
}
