package org.anchorage.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Who connects to the database. The application runs as {@code appUser}, which owns nothing; migrations
 * run as {@code ownerUser}. On an external database without ANCHORAGE_DB_MIGRATION_USERNAME they are the
 * same role, and the audit tables are then protected only by their triggers (see {@link #separateRoles()}).
 */
public record DatabaseAccounts(String jdbcUrl, String appUser, String ownerUser, String ownerPassword, boolean embedded) {

    public boolean separateRoles() {
        return !appUser.equals(ownerUser);
    }

    /** A plain connection as the owner role, outside the pool: for migrations' grants and for tests. */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, ownerUser, ownerPassword);
    }

    @Override
    public String toString() {
        return "DatabaseAccounts[" + jdbcUrl + ", app=" + appUser + ", owner=" + ownerUser + "]";
    }
}
