package org.anchorage.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the outbox is worked: the sender on every node that sends (each claims its own rows, so no lock is needed),
 * and the delivery-status check once across all nodes. {@code anchorage.notifications.send-cron=-} stops a node sending.
 */
@Component
class OutboxSchedule {

    private final OutboxSender sender;
    private final DeliveryStatus status;

    OutboxSchedule(OutboxSender sender, DeliveryStatus status) {
        this.sender = sender;
        this.status = status;
    }

    @Scheduled(cron = "${anchorage.notifications.send-cron:*/5 * * * * *}")
    void send() {
        sender.sendDue();
    }

    @Scheduled(cron = "${anchorage.notifications.status-cron:30 */5 * * * *}")
    @SchedulerLock(name = "notification-delivery-status", lockAtMostFor = "PT10M")
    void checkDelivery() {
        status.check();
    }
}
