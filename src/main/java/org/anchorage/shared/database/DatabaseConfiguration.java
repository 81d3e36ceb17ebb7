package org.anchorage.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anchorage.shared.AnchorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One database, always PostgreSQL: an external one when ANCHORAGE_DB_URL is set, otherwise a real
 * PostgreSQL the application starts itself under $ANCHORAGE_HOME/postgres and keeps across restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(AnchorageProperties properties) {
        if (properties.db().external()) {
            return EmbeddedDatabase.none();
        }
        Path dataDirectory = properties.home().toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Spring stops it after the connection pool closes, not a JVM hook racing the pool.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "60")
                    .start();
            log.info("Embedded PostgreSQL started under {} on port {}", dataDirectory, postgres.getPort());
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + dataDirectory, e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(AnchorageProperties properties, EmbeddedDatabase embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        if (properties.db().external()) {
            dataSource.setJdbcUrl(properties.db().url());
            dataSource.setUsername(properties.db().username());
            dataSource.setPassword(properties.db().password());
        } else {
            dataSource.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
            dataSource.setUsername("postgres");
        }
        dataSource.setPoolName("anchorage");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    /** Holds the embedded server (if any) so it stops after the pool closes. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
