package io.claimgateway.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.HttpEndpointModel;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;

/**
 * The HTTP addresses actually served, for the start-up summary: the host each server is bound to
 * (camel.management.host, camel.server.host) and the port it listens on (the one chosen by the
 * system when configured 0). Camel's own endpoint summary writes {@code http://0.0.0.0:PORT}
 * whatever the host, so logback.xml leaves it out and this line says where to connect.
 */
final class ServedAddresses {

    private ServedAddresses() {
    }

    static List<String> lines(CamelContext context) {
        ManagementHttpServer management = context.hasService(ManagementHttpServer.class);
        MainHttpServer main = context.hasService(MainHttpServer.class);
        PlatformHttpComponent http = (PlatformHttpComponent) context.hasComponent("platform-http");
        if (management == null) {
            return List.of("  management: off (camel.management.enabled=false)");
        }
        String managementLine = "  management: " + urls(management.getHost(), served(context, management.getPort()),
                http == null ? Set.of() : http.getHttpManagementEndpoints());
        if (main == null || http == null) {
            return List.of(managementLine);
        }
        return List.of(managementLine,
                "  http: " + urls(main.getHost(), served(context, main.getPort()), http.getHttpEndpoints()));
    }

    /** The port a server configured with this one listens on. */
    private static int served(CamelContext context, int configuredPort) {
        return context.hasServices(VertxPlatformHttpServer.class).stream()
                .filter(server -> server.getConfigurationPort() == configuredPort)
                .mapToInt(VertxPlatformHttpServer::getPort).findFirst().orElse(configuredPort);
    }

    private static String urls(String host, int port, Set<HttpEndpointModel> endpoints) {
        if (endpoints.isEmpty()) {
            return "http://" + host + ":" + port + " (no endpoint)";
        }
        return endpoints.stream().map(endpoint -> "http://" + host + ":" + port + endpoint.getUri())
                .sorted().collect(Collectors.joining(", "));
    }
}
