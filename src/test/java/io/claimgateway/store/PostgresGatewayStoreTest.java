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

    private final String schema = TestPostgres.freshSchema("gateway_test");

    @Override
    protected GatewayDatabase openDatabase() {
        Assumptions.assumeTrue(TestPostgres.reachable(),
                "PostgreSQL not reachable at " + TestPostgres.URL + ": PostgreSQL store tests skipped");
        return GatewayDatabase.open(TestPostgres.URL, TestPostgres.USER, "", Optional.of(schema));
    }

    @Override
    protected void dropDatabase() throws SQLException {
        TestPostgres.dropSchema(schema);
    }
}
