package io.claimgateway.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The PostgreSQL of the machine the tests run on (127.0.0.1:5432, database test, user postgres). */
public final class TestPostgres {

    public static final String URL = System.getProperty("gateway.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3");
    public static final String USER = "postgres";

    private TestPostgres() {
    }

    /** Whether the server answers; tests that need it skip themselves visibly when not. */
    public static boolean reachable() {
        try (Connection connection = connect()) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    /** A schema name of its own for one test, so tests never see each other's rows. */
    public static String freshSchema(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void dropSchema(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
