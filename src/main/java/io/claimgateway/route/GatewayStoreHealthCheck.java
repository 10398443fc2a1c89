package io.claimgateway.route;

import io.claimgateway.store.GatewayDatabase;
import io.claimgateway.store.StoreUrl;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness includes the store: without it no file can be adjudicated. The answer
 * names the database (product, version, URL without credentials) and the round trip of a
 * validity check; a failure is named by its type and SQL state, never by its message, which may
 * carry a user name or a URL.
 */
final class GatewayStoreHealthCheck extends AbstractHealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final GatewayDatabase database;

    GatewayStoreHealthCheck(GatewayDatabase database) {
        super("gateway", "store");
        this.database = database;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try (Connection connection = database.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            builder.detail("store.url", StoreUrl.withoutCredentials(metaData.getURL()));
            String product = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
            builder.detail("store.database", product);
            long started = System.nanoTime();
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            long roundTripMs = (System.nanoTime() - started) / 1_000_000;
            builder.detail("store.round-trip-ms", roundTripMs);
            if (valid) {
                builder.message(product + ", round trip " + roundTripMs + " ms").up();
            } else {
                builder.message(product + ": the connection did not validate within "
                        + VALIDATION_TIMEOUT_SECONDS + " s").down();
            }
        } catch (SQLException e) {
            builder.message("store unreachable: " + e.getClass().getSimpleName()
                    + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")")).down();
        } catch (RuntimeException e) {
            builder.message("store unreachable: " + e.getClass().getSimpleName()).down();
        }
    }
}
