package org.anchorage.notification.web;

import java.util.List;
import org.anchorage.notification.MessageTemplate;

/** A message's text as an administrator types it. */
public class TemplateForm {

    static final List<String> FIELDS = List.of("subject", "body", "notifyTemplateId");

    private String subject;
    private String body;
    private String notifyTemplateId;

    static TemplateForm of(MessageTemplate t) {
        TemplateForm f = new TemplateForm();
        f.subject = t.subject();
        f.body = t.body();
        f.notifyTemplateId = t.notifyTemplateId() == null ? "" : t.notifyTemplateId().toString();
        return f;
    }

    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public String getNotifyTemplateId() { return notifyTemplateId; }
    public void setNotifyTemplateId(String v) { notifyTemplateId = v; }
}
