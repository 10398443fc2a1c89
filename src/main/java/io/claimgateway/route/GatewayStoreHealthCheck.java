package io.claimgateway.route;

import io.claimgateway.store.GatewayDatabase;
import java.sql.Connection;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Readiness and liveness include the store: without it no file can be adjudicated. */
public final class GatewayStoreHealthCheck extends AbstractHealthCheck {

    private final GatewayDatabase database;

    public GatewayStoreHealthCheck(GatewayDatabase database) {
        super("gateway", "store");
        this.database = database;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try (Connection connection = database.dataSource().getConnection()) {
            if (connection.isValid(2)) {
                builder.up();
            } else {
                builder.message("store connection is not valid").down();
            }
        } catch (Exception e) {
            builder.message("store unreachable: " + e.getMessage()).down();
        }
    }
}
