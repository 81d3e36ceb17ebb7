package org.anchorage.notification.internal;

import java.time.Clock;
import org.anchorage.notification.MessageKind;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Gives every kind of message its starting texts on start-up (after every bean, so after the migrations), once: a kind added in a new version gets its texts, and
 * nothing an administrator changed is touched.
 */
@Component
class StartingTemplates implements SmartInitializingSingleton {

    private final TemplateRecords templates;
    private final Clock clock;

    StartingTemplates(TemplateRecords templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (MessageKind kind : MessageKind.ALL) {
            kind.defaults().forEach((key, body) -> {
                String[] channelAndFormat = key.split("/");
                String channel = channelAndFormat[0];
                String format = channelAndFormat.length > 1 ? channelAndFormat[1] : "standard";
                templates.addIfMissing(kind.code(), channel, format, channel.equals("email") ? kind.subject() : null, body, clock.instant());
            });
        }
    }
}
