package org.anchorage.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.anchorage.shared.SecretFiles;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole installation in one encrypted file: every table copied in one REPEATABLE READ snapshot
 * (PostgreSQL's binary COPY through the JDBC driver, as the embedded distribution ships no pg_dump),
 * each table's row count and checksum, sequence positions, the Flyway version, and the files under
 * $ANCHORAGE_HOME the data refers to (the audit key, the signed audit checkpoints, imported area data).
 * A restore goes into an empty home only: it migrates a new cluster to the backup's version, copies
 * the rows back and checks every count and checksum, or leaves the home as it found it.
 */
final class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    /** Not backed up: sessions end with the old server, scheduler locks are transient, Flyway's own history is remade. */
    static final List<String> SKIPPED = List.of("flyway_schema_history", "spring_session", "spring_session_attributes",
            "shared_scheduler_lock");
    static final List<String> HOME_FILES = List.of("audit.key", "audit-checkpoints.log", "areas");

    private Backups() {}

    record Summary(String flywayVersion, int tables, long rows) {}

    /** Writes the backup of the database behind {@code connection} and of {@code home} to {@code target}. */
    static Summary write(Connection connection, Path home, Path target, char[] passphrase) throws IOException, SQLException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long rows = 0;
        Properties manifest = new Properties();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            String version = single(st, "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1");
            manifest.setProperty("flyway.version", version);
            // The snapshot's own time: when the copy is consistent as of.
            manifest.setProperty("created", single(st, "SELECT to_char(transaction_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"));
            List<String> tables = tables(st);
            manifest.setProperty("tables", String.join(",", tables));
            try (OutputStream file = Files.newOutputStream(partial);
                 ZipOutputStream zip = new ZipOutputStream(BackupFile.encrypting(file, passphrase))) {
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    String[] check = checksum(st, table);
                    manifest.setProperty("table." + table + ".rows", check[0]);
                    manifest.setProperty("table." + table + ".md5", check[1]);
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    rows += copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", new NonClosing(zip));
                    zip.closeEntry();
                }
                try (ResultSet rs = st.executeQuery("SELECT sequencename, coalesce(last_value, 0), last_value IS NOT NULL "
                        + "FROM pg_sequences WHERE schemaname = 'public'")) {
                    while (rs.next()) {
                        manifest.setProperty("sequence." + rs.getString(1), rs.getLong(2) + "," + rs.getBoolean(3));
                    }
                }
                for (String name : HOME_FILES) {
                    Path path = home.resolve(name);
                    if (Files.isDirectory(path)) {
                        try (Stream<Path> files = Files.walk(path)) {
                            for (Path f : files.filter(Files::isRegularFile).toList()) {
                                addFile(zip, home, f);
                            }
                        }
                    } else if (Files.isRegularFile(path)) {
                        addFile(zip, home, path);
                    }
                }
                zip.putNextEntry(new ZipEntry("manifest.properties"));
                manifest.store(new NonClosing(zip), "Anchorage backup");
                zip.closeEntry();
            }
            connection.commit();
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            SecretFiles.restrictToOwner(target);
            return new Summary(version, tables.size(), rows);
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /**
     * Restores {@code backup} into {@code home}, which must hold no data. The file is decrypted and checked
     * whole before the database is touched; any failure leaves the home as empty as it was.
     */
    static Summary restore(Path backup, Path home, char[] passphrase) throws IOException, SQLException {
        home = home.toAbsolutePath().normalize();
        for (String existing : List.of("postgres", "audit.key", "audit-checkpoints.log")) {
            if (Files.exists(home.resolve(existing))) {
                throw new BackupFile.Refused("The home " + home + " already holds data (" + existing
                        + "): restore into an empty folder, never over a working installation");
            }
        }
        Files.createDirectories(home);
        Path unpacked = Files.createTempDirectory(home, ".restore-");
        EmbeddedServer server = null;
        boolean done = false;
        try {
            Properties manifest = unpack(backup, passphrase, unpacked);
            String version = manifest.getProperty("flyway.version");
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            String password = SecretFiles.readOrCreate(home.resolve(DatabaseConfiguration.SUPERUSER_SECRET));
            SecretFiles.readOrCreate(home.resolve(DatabaseConfiguration.APP_SECRET));
            server = new EmbeddedServer(home.resolve("postgres"), password, home.resolve(".initdb-password")).start();
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
            Flyway.configure().dataSource(url, DatabaseConfiguration.SUPERUSER, password).locations("classpath:db/migration")
                    .target(version).load().migrate();
            long rows = 0;
            try (Connection connection = DriverManager.getConnection(url, DatabaseConfiguration.SUPERUSER, password);
                 Statement st = connection.createStatement()) {
                connection.setAutoCommit(false);
                // Rows go back as they were: no triggers (the audit trail's append-only rule) and no
                // foreign-key order to respect while copying.
                st.execute("SET session_replication_role = replica");
                st.execute("TRUNCATE " + String.join(", ", tables));
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    try (InputStream in = Files.newInputStream(unpacked.resolve("tables").resolve(table + ".copy"))) {
                        rows += copy.copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", in);
                    }
                }
                for (String name : manifest.stringPropertyNames()) {
                    if (name.startsWith("sequence.")) {
                        String[] value = manifest.getProperty(name).split(",");
                        st.execute("SELECT setval('" + name.substring(9).replace("'", "''") + "', " + Math.max(1, Long.parseLong(value[0]))
                                + ", " + value[1] + ")");
                    }
                }
                for (String table : tables) {
                    String[] check = checksum(st, table);
                    if (!check[0].equals(manifest.getProperty("table." + table + ".rows"))
                            || !check[1].equals(manifest.getProperty("table." + table + ".md5"))) {
                        throw new BackupFile.Refused("Table " + table + " did not come back as it was backed up");
                    }
                }
                connection.commit();
            }
            Path files = unpacked.resolve("home");
            if (Files.isDirectory(files)) {
                try (Stream<Path> all = Files.walk(files)) {
                    for (Path f : all.filter(Files::isRegularFile).toList()) {
                        Path to = home.resolve(files.relativize(f).toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(f, to);
                        SecretFiles.restrictToOwner(to);
                    }
                }
            }
            done = true;
            return new Summary(version, tables.size(), rows);
        } finally {
            if (server != null) {
                server.close();
            }
            deleteTree(unpacked);
            if (!done) {
                // Leave the home as empty as it was found.
                deleteTree(home.resolve("postgres"));
                for (String name : List.of(DatabaseConfiguration.SUPERUSER_SECRET, DatabaseConfiguration.APP_SECRET,
                        "audit.key", "audit-checkpoints.log", "areas")) {
                    deleteTree(home.resolve(name));
                }
            }
        }
    }

    private static Properties unpack(Path backup, char[] passphrase, Path into) throws IOException {
        Properties manifest = null;
        try (InputStream file = Files.newInputStream(backup);
             ZipInputStream zip = new ZipInputStream(BackupFile.decrypting(file, passphrase))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path to = into.resolve(entry.getName()).normalize();
                if (!to.startsWith(into)) {
                    throw new BackupFile.Refused("The backup names a file outside its folder: " + entry.getName());
                }
                if (entry.getName().equals("manifest.properties")) {
                    manifest = new Properties();
                    manifest.load(zip);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to);
                }
            }
            // Read to the end, so a cut-short file is refused here, before anything is restored.
            while (zip.read() != -1) {
                // drain
            }
        } catch (java.util.zip.ZipException e) {
            throw new BackupFile.Refused("The backup is damaged: " + e.getMessage());
        }
        if (manifest == null || manifest.getProperty("flyway.version") == null) {
            throw new BackupFile.Refused("The backup has no manifest: it is incomplete");
        }
        return manifest;
    }

    static List<String> tables(Statement st) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (rs.next()) {
                if (!SKIPPED.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    /** Row count and an order-independent checksum of a table's rows. */
    static String[] checksum(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*), md5(coalesce(string_agg(h, '' ORDER BY h), '')) FROM "
                + "(SELECT md5(t::text) AS h FROM " + table + " t) x")) {
            rs.next();
            return new String[] {Long.toString(rs.getLong(1)), rs.getString(2)};
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void addFile(ZipOutputStream zip, Path home, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry("home/" + home.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Lets COPY write into a zip entry without closing the whole zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static Logger log() {
        return log;
    }
}
