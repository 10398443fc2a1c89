package io.claimgateway.route;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.HealthCheckResultStrategy;

/**
 * Camel's /observe/health shows each check's state and message, but its details only when asked
 * ({@code ?data=true}), and a check that is up rarely sets a message: the answer said
 * {@code "route:folder-inbox": UP} and nothing more. Bound in the registry, this strategy gives
 * every check that has no message of its own (routes, consumers, the context, any check a module
 * registers) one made of its details, leaving out Camel's bookkeeping (invocation counts and
 * times) and the endpoint URI: Camel 4.17 escapes a message twice, so its slashes would read
 * {@code \/} (the URI stays in the data, and the start-up summary names each route's endpoint).
 */
final class HealthCheckDetails implements HealthCheckResultStrategy {

    private static final Set<String> BOOKKEEPING = Set.of(HealthCheck.CHECK_ID, HealthCheck.CHECK_GROUP,
            HealthCheck.CHECK_KIND, HealthCheck.CHECK_ENABLED, HealthCheck.INVOCATION_COUNT,
            HealthCheck.INVOCATION_TIME, HealthCheck.FAILURE_COUNT, HealthCheck.FAILURE_START_TIME,
            HealthCheck.FAILURE_TIME, HealthCheck.SUCCESS_COUNT, HealthCheck.SUCCESS_START_TIME,
            HealthCheck.SUCCESS_TIME, HealthCheck.ENDPOINT_URI, "context.phase", "route.context.name");

    @Override
    public void processResult(HealthCheck check, Map<String, Object> options, HealthCheckResultBuilder builder) {
        if (builder.message() != null || builder.state() == null) {
            return;
        }
        String summary = new TreeMap<>(builder.build().getDetails()).entrySet().stream()
                .filter(detail -> !BOOKKEEPING.contains(detail.getKey()) && detail.getValue() != null)
                .map(detail -> detail.getKey() + "=" + detail.getValue())
                .collect(Collectors.joining(", "));
        if (!summary.isEmpty()) {
            builder.message(summary);
        }
    }
}
