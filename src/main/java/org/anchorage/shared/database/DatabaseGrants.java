package org.anchorage.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migrate (also when nothing was pending), as the owner role: the app role may read and
 * change every table and sequence in the schema, so tables added by later migrations are covered, but on
 * the audit tables only INSERT and SELECT. It never owns anything, so it cannot ALTER, DISABLE TRIGGER
 * or TRUNCATE. {@code audit_refusal_count} is the one audit table it may UPDATE: anonymous refusals are
 * counted there, not chained.
 */
class DatabaseGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGrants.class);
    static final String COUNTER_TABLE = "audit_refusal_count";

    private final DatabaseAccounts accounts;

    DatabaseGrants(DatabaseAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "anchorage-grants";
    }

    @Override
    public void handle(Event event, Context context) {
        if (!accounts.separateRoles()) {
            log.warn("The application and its migrations use the same database role ({}): the audit tables are "
                    + "protected by triggers only. Set ANCHORAGE_DB_MIGRATION_USERNAME to an owner role.", accounts.appUser());
            return;
        }
        try {
            grant(context.getConnection(), accounts.appUser());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application role its privileges", e);
        }
    }

    static void grant(Connection connection, String appUser) throws SQLException {
        String role = quote(appUser);
        List<String> auditTables = new ArrayList<>();
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                     + "AND tablename LIKE 'audit\\_%'")) {
            while (rs.next()) {
                auditTables.add(rs.getString(1));
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("GRANT USAGE ON SCHEMA " + schema(connection) + " TO " + role);
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema(connection) + " TO " + role);
            st.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema(connection) + " TO " + role);
            st.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON flyway_schema_history FROM " + role);
            for (String table : auditTables) {
                String revoked = table.equals(COUNTER_TABLE) ? "DELETE, TRUNCATE, REFERENCES, TRIGGER"
                        : "UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER";
                st.execute("REVOKE " + revoked + " ON " + quote(table) + " FROM " + role);
            }
        }
        log.info("Granted {} DML on the schema, INSERT and SELECT only on {}", appUser, auditTables);
    }

    private static String schema(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            return quote(rs.getString(1));
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
