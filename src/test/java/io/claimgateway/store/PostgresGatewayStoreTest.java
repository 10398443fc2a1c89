package io.claimgateway.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The store on PostgreSQL at 127.0.0.1:5432, database {@code test}, user {@code postgres}, each
 * test in a schema of its own that is dropped afterwards. Skipped, visibly, when the server is
 * not reachable. {@code -Dgateway.test.postgres.url=...} points it elsewhere.
 */
class PostgresGatewayStoreTest extends GatewayStoreContract {

    private static final String URL = System.getProperty("gateway.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3");
    private static final String USER = "postgres";

    private final String schema = "gateway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected GatewayDatabase openDatabase() {
        Assumptions.assumeTrue(reachable(), "PostgreSQL not reachable at " + URL + ": PostgreSQL store tests skipped");
        return GatewayDatabase.open(URL, USER, "", Optional.of(schema));
    }

    @Override
    protected void dropDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static boolean reachable() {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }
}
