package org.anchorage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.anchorage.AnchorageApplication;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.Users;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.MessageTemplate;
import org.anchorage.notification.MessageTemplates;
import org.anchorage.notification.NewMessage;
import org.anchorage.notification.Notifications;
import org.anchorage.notification.NotifyStub;
import org.anchorage.notification.Recipient;
import org.anchorage.notification.internal.OutboxSender;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.service.notify.NotificationClient;

/**
 * The outbox's cost and its promise, in one run against a local GOV.UK Notify (the tests' {@link NotifyStub}, which
 * checks the key, template and personalisation as Notify does): MESSAGES text messages are queued as a change queues
 * them (in transactions, each with its audit row), then SENDERS threads — as many nodes — send them through the
 * outbox (claim, send with the message id as Notify's reference, record), and every reference is counted at Notify:
 * none lost, none twice. The baseline, in the same run, sends the same number straight through Notify's Java client
 * from the same number of threads, with no outbox. Run by {@code bench/run.sh outbox [MESSAGES [SENDERS]]}.
 */
public final class OutboxBenchmark {

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int senders = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        NotifyStub notify = new NotifyStub();
        Path home = Files.createTempDirectory("anchorage-outbox-bench-");
        SpringApplication app = new SpringApplication(AnchorageApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--anchorage.home=" + home,
                "--anchorage.demo=false", "--anchorage.admin.email=bench@anchorage.local",
                "--anchorage.admin.password=quiet-harbour-sea-lantern", "--logging.level.root=WARN",
                "--anchorage.notify.api-key=" + NotifyStub.API_KEY, "--anchorage.notify.base-url=" + notify.baseUrl(),
                "--anchorage.notifications.send-cron=-", "--anchorage.notifications.status-cron=-",
                "--anchorage.notifications.reminders-cron=-", "--anchorage.early-warnings.cron=-")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            Notifications notifications = context.getBean(Notifications.class);
            OutboxSender sender = context.getBean(OutboxSender.class);

            // Referral confirmations by text go through Notify's template, as a service set up with Notify would.
            var admin = context.getBean(Users.class).findByEmail("bench@anchorage.local").orElseThrow();
            SignedInUser by = new SignedInUser(admin.id(), admin.email(), admin.displayName(), admin.role(), admin.organisationId(),
                    true, null);
            NotifyStub.Template sms = notify.addTemplate("sms", null, "((programme)): your reference is ((reference)), ((name)). ((contact))");
            MessageTemplates templates = context.getBean(MessageTemplates.class);
            MessageTemplate text = templates.all(by).stream().filter(t -> t.kind().equals("referral-received")
                    && t.channel().equals("text") && t.format().equals("standard")).findFirst().orElseThrow();
            templates.change(text.id(), null, text.body(), sms.id().toString(), by);

            // Warm both paths on a few hundred messages, so neither pays alone for class loading and connections.
            queue(transactions, notifications, 0, 300);
            sendThroughOutbox(sender, senders);
            sendDirect(notify, 300, senders);
            int warm = notify.sent().size();

            long start = System.nanoTime();
            queue(transactions, notifications, 1_000, messages);
            double queueSeconds = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            sendThroughOutbox(sender, senders);
            double outboxSeconds = (System.nanoTime() - start) / 1e9;
            List<NotifyStub.Sent> sent = notify.sent().subList(warm, notify.sent().size());
            Set<String> references = new HashSet<>();
            int twice = 0;
            for (NotifyStub.Sent s : sent) {
                if (!references.add(s.reference())) {
                    twice++;
                }
            }
            long recordedSent = jdbc.sql("SELECT count(*) FROM notification_message WHERE status = 'sent' AND recipient_key LIKE 'bench:%'")
                    .query(Long.class).single();
            int lost = messages + 300 - (int) recordedSent;

            int before = notify.sent().size();
            start = System.nanoTime();
            sendDirect(notify, messages, senders);
            double directSeconds = (System.nanoTime() - start) / 1e9;
            if (notify.sent().size() - before != messages) {
                throw new IllegalStateException("the baseline sent " + (notify.sent().size() - before) + " of " + messages);
            }

            System.out.printf("outbox-messages: %d%n", messages);
            System.out.printf("outbox-senders: %d%n", senders);
            System.out.printf("outbox-queue-rate: %.0f messages/s (queued in transactions of 100, each with its audit row)%n",
                    messages / queueSeconds);
            System.out.printf("outbox-send-rate: %.0f messages/s%n", sent.size() / outboxSeconds);
            System.out.printf("direct-send-rate: %.0f messages/s (baseline: Notify's client, no outbox)%n", messages / directSeconds);
            System.out.printf("outbox-share-of-direct: %.2f%n", (sent.size() / outboxSeconds) / (messages / directSeconds));
            System.out.printf("outbox-sent-at-notify: %d%n", sent.size());
            System.out.printf("outbox-sent-twice: %d%n", twice);
            System.out.printf("outbox-not-recorded-sent: %d%n", lost);
            if (twice != 0 || sent.size() != messages || lost != 0) {
                throw new IllegalStateException("the outbox lost or repeated messages");
            }
        } finally {
            notify.stop();
        }
    }

    /** MESSAGES confirmations queued as referrals queue them, a hundred to a transaction. */
    private static void queue(TransactionTemplate transactions, Notifications notifications, int from, int count) {
        for (int done = 0; done < count; done += 100) {
            int first = from + done;
            int upTo = Math.min(count - done, 100);
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < first + upTo; i++) {
                    String phone = String.format("07700%06d", i % 1_000_000);
                    Recipient to = new Recipient("bench:" + i, "Resident " + i, null, phone, "text", List.of(), false, false);
                    notifications.queue(NewMessage.of(MessageKind.REFERRAL_RECEIVED, to, Map.of("name", "Resident " + i,
                            "reference", "ANC-" + i, "programme", "Anchorage bench", "contact", "Call 01375 000000")));
                }
            });
        }
    }

    /** Each thread is a node's sender: it sends what is due until nothing is left. */
    private static void sendThroughOutbox(OutboxSender sender, int senders) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (sender.sendDue() > 0) {
                    // next batch
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void sendDirect(NotifyStub notify, int count, int senders) throws InterruptedException {
        NotificationClient client = new NotificationClient(NotifyStub.API_KEY, notify.baseUrl());
        UUID template = notify.sent().isEmpty() ? null : notify.sent().getFirst().template();
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        client.sendSms(template.toString(), String.format("07700%06d", i % 1_000_000), Map.of("name", "Resident " + i,
                                "reference", "ANC-" + i, "programme", "Anchorage bench", "contact", "Call 01375 000000"),
                                UUID.randomUUID().toString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
