package org.anchorage.identity.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Node-local caches hear of changes made on any node through PostgreSQL LISTEN/NOTIFY: triggers on
 * the session and user tables notify on commit, and one connection of this node's own listens. While
 * that connection is down, {@link #listening()} is false and the caches are bypassed; once it is back,
 * every cache is emptied (notices sent meanwhile were missed) before it is trusted again.
 */
@Component
class ChangeNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);

    /** What a cache does on a notice, and when notices may have been missed. */
    interface Listener {
        void changed(String key);

        void missed();
    }

    private final DataSource dataSource;
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    ChangeNotices(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void listen(String channel, Listener listener) {
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    void listen(String channel, Consumer<String> changed, Runnable missed) {
        listen(channel, new Listener() {
            @Override
            public void changed(String key) {
                changed.accept(key);
            }

            @Override
            public void missed() {
                missed.run();
            }
        });
    }

    /**
     * A change made by this node: its own caches drop their copy as soon as the transaction commits,
     * without waiting for the notice to come back from the database (other nodes get that within
     * milliseconds).
     */
    void changedHere(String channel, String key) {
        Runnable tell = () -> listeners.getOrDefault(channel, List.of()).forEach(l -> l.changed(key));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    tell.run();
                }
            });
        } else {
            tell.run();
        }
    }

    /** Whether every change committed from now on will be heard. */
    boolean listening() {
        return listening;
    }

    private Connection connect() throws SQLException {
        // A connection of its own, outside the pool: it is held for as long as the node runs.
        if (dataSource instanceof HikariDataSource pool) {
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }

    private void run() {
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    for (String channel : listeners.keySet()) {
                        st.execute("LISTEN " + channel);
                    }
                }
                // Only now may the caches be filled again: anything changed before LISTEN is forgotten.
                everyListener(Listener::missed);
                listening = true;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(1000);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            for (Listener listener : listeners.getOrDefault(notice.getName(), List.of())) {
                                listener.changed(notice.getParameter());
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the change-notice connection; caches are bypassed until it is back", e);
                }
            } finally {
                listening = false;
                everyListener(Listener::missed);
                connection = null;
            }
            if (running) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void everyListener(Consumer<Listener> action) {
        listeners.values().forEach(list -> list.forEach(action));
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("change-notices").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Started before the web server takes requests, stopped after it.
        return Integer.MIN_VALUE + 100;
    }
}
