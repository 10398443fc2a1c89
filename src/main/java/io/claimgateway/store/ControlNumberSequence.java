package io.claimgateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Named counters for outbound control numbers (835 ISA13, GS06, ST02, TRN02). Each call takes
 * the next value in its own short transaction: the UPDATE locks the counter's row, so gateway
 * instances sharing one PostgreSQL database never hand out the same value. A value taken by a
 * file that later fails is not reused (gaps are allowed in X12 control numbers; repeats are not).
 */
public final class ControlNumberSequence {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;

    public ControlNumberSequence(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next value of the counter: 1 for a new name, then 2, 3, ... */
    public long next(String name) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                    if (increment(connection, name) || insertFirst(connection, name)) {
                        long value = read(connection, name);
                        connection.commit();
                        return value;
                    }
                    connection.rollback();
                }
                throw new StoreException("Could not take the next control number for " + name);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not take the next control number for " + name, e);
        }
    }

    private static boolean increment(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE control_number SET last_value = last_value + 1 WHERE name = ?")) {
            statement.setString(1, name);
            return statement.executeUpdate() == 1;
        }
    }

    /** False when another instance created the counter first; the caller then retries the UPDATE. */
    private static boolean insertFirst(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO control_number (name, last_value) VALUES (?, 1)")) {
            statement.setString(1, name);
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static long read(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT last_value FROM control_number WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
