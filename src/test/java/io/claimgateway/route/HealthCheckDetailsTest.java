package io.claimgateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthCheckDetailsTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aCheckWithoutMessageIsAnsweredWithItsDetailsWithoutBookkeepingOrEndpoint() {
        HealthCheck.Result result = call(new Check(null, Map.of("route.id", "sftp-partner-acme",
                "route.status", ServiceStatus.Started,
                HealthCheck.ENDPOINT_URI, "sftp://127.0.0.1:2222/inbound?password=xxxxxx&username=acme")));

        assertEquals(Optional.of("route.id=sftp-partner-acme, route.status=Started"), result.getMessage());
        assertEquals("sftp://127.0.0.1:2222/inbound?password=xxxxxx&username=acme",
                result.getDetails().get(HealthCheck.ENDPOINT_URI), "the details themselves are unchanged");
    }

    @Test
    void aCheckWithItsOwnMessageKeepsIt() {
        HealthCheck.Result result = call(new Check("H2 2.3.232, round trip 1 ms", Map.of("store.round-trip-ms", 1)));

        assertEquals(Optional.of("H2 2.3.232, round trip 1 ms"), result.getMessage());
    }

    @Test
    void aCheckWithOnlyBookkeepingGetsNoMessage() {
        assertEquals(Optional.empty(), call(new Check(null, Map.of())).getMessage());
    }

    private HealthCheck.Result call(Check check) {
        context.getRegistry().bind("healthCheckDetails", new HealthCheckDetails());
        check.setCamelContext(context);
        return check.call();
    }

    /** A check as a module would write one: its details, and a message or none. */
    private static final class Check extends AbstractHealthCheck {
        private final String message;
        private final Map<String, Object> details;

        Check(String message, Map<String, Object> details) {
            super("test", "check");
            this.message = message;
            this.details = details;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            builder.details(details);
            if (message != null) {
                builder.message(message);
            }
            builder.up();
        }
    }
}
