package org.anchorage.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.anchorage.shared.AnchorageProperties;
import org.anchorage.shared.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One database, always PostgreSQL: an external one when ANCHORAGE_DB_URL is set, otherwise a real
 * PostgreSQL the application starts itself under $ANCHORAGE_HOME/postgres and keeps across restarts.
 * The embedded one listens on 127.0.0.1 only and asks every role for a SCRAM-SHA-256 password; the
 * passwords are generated into owner-only files in $ANCHORAGE_HOME. The application connects as
 * {@value #APP_ROLE}, which owns nothing; migrations run as the superuser initdb made.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final String APP_ROLE = "anchorage_app";
    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_SECRET = "postgres-superuser.secret";
    static final String APP_SECRET = "postgres-app.secret";
    static final String PG_HBA = """
            # Written by Anchorage: every role needs its SCRAM-SHA-256 password; TCP on loopback only.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(AnchorageProperties properties) {
        if (properties.db().external()) {
            return EmbeddedDatabase.none();
        }
        Path home = properties.home().toAbsolutePath().normalize();
        Path dataDirectory = home.resolve("postgres");
        Path pwfile = home.resolve(".initdb-password");
        try {
            Files.createDirectories(home);
            String superuserPassword = SecretFiles.readOrCreate(home.resolve(SUPERUSER_SECRET));
            String appPassword = SecretFiles.readOrCreate(home.resolve(APP_SECRET));
            EmbeddedServer postgres = new EmbeddedServer(dataDirectory, superuserPassword, pwfile).start();
            String url = "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres";
            secure(url, dataDirectory, superuserPassword, appPassword);
            log.info("Embedded PostgreSQL started under {} on 127.0.0.1:{}", dataDirectory, postgres.port());
            return new EmbeddedDatabase(postgres, new DatabaseAccounts(url, APP_ROLE, SUPERUSER, superuserPassword, true), appPassword);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL under " + dataDirectory, e);
        }
    }

    /**
     * Sets the passwords from the secret files and creates the app role; a data folder made before
     * passwords (initdb -A trust) has its pg_hba.conf replaced and reloaded, so from here on every
     * login needs a password.
     */
    private static void secure(String url, Path dataDirectory, String superuserPassword, String appPassword)
            throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(url, SUPERUSER, superuserPassword);
             Statement st = connection.createStatement()) {
            st.execute("SET password_encryption = 'scram-sha-256'");
            st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(superuserPassword));
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + "; END IF; END $$");
            st.execute("ALTER ROLE " + APP_ROLE + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD " + literal(appPassword));
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !Files.readString(hba).equals(PG_HBA)) {
                Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
                SecretFiles.restrictToOwner(hba);
                st.execute("SELECT pg_reload_conf()");
                log.info("Embedded PostgreSQL now asks every role for a SCRAM-SHA-256 password ({})", hba);
            }
        }
    }

    private static String literal(String secret) {
        return "'" + secret.replace("'", "''") + "'";
    }

    @Bean
    DatabaseAccounts databaseAccounts(AnchorageProperties properties, EmbeddedDatabase embedded) {
        if (embedded.accounts() != null) {
            return embedded.accounts();
        }
        AnchorageProperties.Db db = properties.db();
        AnchorageProperties.Migration migration = db.migration();
        return migration.configured()
                ? new DatabaseAccounts(db.url(), db.username(), migration.username(), migration.password(), false)
                : new DatabaseAccounts(db.url(), db.username(), db.username(), db.password(), false);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(AnchorageProperties properties, EmbeddedDatabase embedded, DatabaseAccounts accounts) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(accounts.jdbcUrl());
        dataSource.setUsername(accounts.appUser());
        dataSource.setPassword(embedded.accounts() != null ? embedded.appPassword() : properties.db().password());
        dataSource.setPoolName("anchorage");
        dataSource.setMaximumPoolSize(20);
        // A request (or the readiness check) waits at most 5 s for a connection, then fails: readiness
        // answers DOWN promptly when the database is gone rather than hanging for Hikari's default 30 s.
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }

    /** Migrations run as the owner role when there is one. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(DatabaseAccounts accounts) {
        return configuration -> {
            if (accounts.separateRoles()) {
                configuration.dataSource(accounts.jdbcUrl(), accounts.ownerUser(), accounts.ownerPassword());
            }
        };
    }

    @Bean
    DatabaseGrants databaseGrants(DatabaseAccounts accounts) {
        return new DatabaseGrants(accounts);
    }

    /** Holds the embedded server (if any) so it stops after the pool closes. */
    record EmbeddedDatabase(EmbeddedServer postgres, DatabaseAccounts accounts, String appPassword) implements AutoCloseable {
        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null, null, null);
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
