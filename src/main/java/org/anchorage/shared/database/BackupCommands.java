package org.anchorage.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.anchorage.shared.AnchorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar anchorage.jar --backup=FILE} writes the backup (with ANCHORAGE_BACKUP_PASSPHRASE) and
 * exits 0, or 2 saying why. {@code --restore=FILE} runs before the application starts ({@link #restore}),
 * since it must make the database the application would otherwise create.
 */
@Component
public class BackupCommands implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommands.class);
    static final int MIN_PASSPHRASE = 12;

    private final DatabaseAccounts accounts;
    private final AnchorageProperties properties;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    BackupCommands(DatabaseAccounts accounts, AnchorageProperties properties, Environment environment,
                   ConfigurableApplicationContext context) {
        this.accounts = accounts;
        this.properties = properties;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("backup")) {
            return;
        }
        int exit = 0;
        try {
            Path target = Path.of(args.getOptionValues("backup").getFirst()).toAbsolutePath();
            char[] passphrase = passphrase(environment.getProperty("anchorage.backup.passphrase"));
            try (Connection connection = accounts.ownerConnection()) {
                var summary = Backups.write(connection, properties.home().toAbsolutePath().normalize(), target, passphrase);
                log.info("Backup written to {}: {} tables, {} rows, database version {}", target, summary.tables(), summary.rows(),
                        summary.flywayVersion());
            }
        } catch (Exception e) {
            log.error("Backup not written: {}", e.getMessage());
            exit = 2;
        }
        int code = exit;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    static char[] passphrase(String value) throws BackupFile.Refused {
        if (value == null || value.strip().length() < MIN_PASSPHRASE) {
            throw new BackupFile.Refused("Set ANCHORAGE_BACKUP_PASSPHRASE to a passphrase of at least " + MIN_PASSPHRASE
                    + " characters: a backup holds special-category data and is always encrypted");
        }
        return value.strip().toCharArray();
    }

    /**
     * {@code --restore=FILE} into the embedded database of an empty $ANCHORAGE_HOME, then exit: 0 when
     * every table came back with its count and checksum, 2 (changing nothing) otherwise.
     */
    public static int restore(String[] args) {
        String file = null;
        String home = System.getenv().getOrDefault("ANCHORAGE_HOME", "./data");
        for (String arg : args) {
            if (arg.startsWith("--restore=")) {
                file = arg.substring("--restore=".length());
            } else if (arg.startsWith("--anchorage.home=")) {
                home = arg.substring("--anchorage.home=".length());
            }
        }
        try {
            String external = System.getenv("ANCHORAGE_DB_URL");
            if (external != null && !external.isBlank()) {
                throw new BackupFile.Refused("--restore restores into the embedded database; for an external PostgreSQL "
                        + "unset ANCHORAGE_DB_URL, restore into an empty home, then move the data with your own tools");
            }
            if (file == null || file.isBlank()) {
                throw new BackupFile.Refused("Name the backup file: --restore=FILE");
            }
            char[] passphrase = passphrase(System.getenv("ANCHORAGE_BACKUP_PASSPHRASE"));
            var summary = Backups.restore(Path.of(file), Path.of(home), passphrase);
            log.info("Restored {} tables, {} rows, database version {} into {}. Start the application as usual.",
                    summary.tables(), summary.rows(), summary.flywayVersion(), Path.of(home).toAbsolutePath());
            return 0;
        } catch (Exception e) {
            log.error("Restore refused, nothing changed: {}", e.getMessage());
            return 2;
        }
    }

    static List<String> options() {
        return List.of("--backup=FILE", "--restore=FILE");
    }
}
