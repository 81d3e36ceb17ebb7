package org.anchorage.support.web;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Ending mentoring early: which assignment, its version, and why. */
public class MentorEndForm {

    static final List<String> FIELDS = List.of("reason");

    @Size(max = 40) private String mentoring;
    @Size(max = 11) private String version;
    @Size(max = 500, message = "Keep the reason to 500 characters or fewer") private String reason;

    public String getMentoring() { return mentoring; }
    public void setMentoring(String v) { mentoring = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
