package org.anchorage.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.anchorage.shared.AnchorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the embedded default, a backup every night into $ANCHORAGE_HOME/backups, keeping the last 7 days
 * and the last 4 Sundays. Only with ANCHORAGE_BACKUP_PASSPHRASE set: a backup is never written unencrypted,
 * so without one the log says each night that nothing was kept. Once across nodes (ShedLock).
 */
@Component
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    static final String FOLDER = "backups";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DatabaseAccounts accounts;
    private final AnchorageProperties properties;
    private final Environment environment;
    private final Clock clock;

    NightlyBackup(DatabaseAccounts accounts, AnchorageProperties properties, Environment environment, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "Europe/London")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT2H")
    void nightly() {
        if (!accounts.embedded()) {
            return; // an external PostgreSQL is backed up by whoever runs it
        }
        Path home = properties.home().toAbsolutePath().normalize();
        Path folder = home.resolve(FOLDER);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        try {
            char[] passphrase = BackupCommands.passphrase(environment.getProperty("anchorage.backup.passphrase"));
            Files.createDirectories(folder);
            Path target = folder.resolve("anchorage-" + today + ".backup");
            try (Connection connection = accounts.ownerConnection()) {
                var summary = Backups.write(connection, home, target, passphrase);
                log.info("Nightly backup {}: {} tables, {} rows", target, summary.tables(), summary.rows());
            }
            prune(folder);
        } catch (Exception e) {
            log.error("Nightly backup not written: {}", e.getMessage());
        }
    }

    private static void prune(Path folder) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder)) {
            backups = files.filter(f -> f.getFileName().toString().matches("anchorage-\\d{4}-\\d{2}-\\d{2}\\.backup")).toList();
        }
        Set<LocalDate> keep = keep(backups.stream().map(NightlyBackup::dateOf).toList());
        for (Path backup : backups) {
            if (!keep.contains(dateOf(backup))) {
                Files.deleteIfExists(backup);
            }
        }
    }

    private static LocalDate dateOf(Path backup) {
        String name = backup.getFileName().toString();
        return LocalDate.parse(name.substring("anchorage-".length(), name.length() - ".backup".length()));
    }

    /** Which backups to keep: the 7 newest, and the newest 4 made on a Sunday. */
    static Set<LocalDate> keep(List<LocalDate> dates) {
        List<LocalDate> newestFirst = dates.stream().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDate> keep = new HashSet<>(newestFirst.stream().limit(7).toList());
        keep.addAll(newestFirst.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY).limit(4).toList());
        return keep;
    }
}
