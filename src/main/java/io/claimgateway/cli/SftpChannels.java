package io.claimgateway.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.file.remote.RemoteFileConfiguration;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;

/**
 * The SFTP channels Camel started, one line each for the start-up summary: every route made from a
 * template that reads a remote directory, with its server (host:port and the directory read) and
 * the template's partner id and directories. Other parameters (user name, password, key file,
 * passphrase, known hosts) are never shown.
 */
final class SftpChannels {

    private SftpChannels() {
    }

    static List<String> lines(CamelContext context) {
        return context.getRoutes().stream()
                .filter(route -> route.isCreatedByRouteTemplate() && route.getEndpoint() instanceof RemoteFileEndpoint)
                .map(route -> line(context, route))
                .toList();
    }

    private static String line(CamelContext context, Route route) {
        RemoteFileConfiguration server = ((RemoteFileEndpoint<?>) route.getEndpoint()).getConfiguration();
        String shown = shownParameters(context, route).entrySet().stream()
                .map(parameter -> parameter.getKey() + " " + parameter.getValue())
                .collect(Collectors.joining(", "));
        return "  SFTP channel " + route.getRouteId() + ": " + server.getProtocol() + "://" + server.getHost() + ":"
                + server.getPort() + "/" + server.getDirectoryName() + (shown.isEmpty() ? "" : ", " + shown);
    }

    /** partnerId and every *Directory parameter (as given, or the template's default), resolved, in name order. */
    private static Map<String, String> shownParameters(CamelContext context, Route route) {
        Map<String, String> shown = new TreeMap<>();
        RouteDefinition definition = context.getCamelContextExtension().getContextPlugin(Model.class)
                .getRouteDefinition(route.getRouteId());
        if (definition != null && definition.getRouteTemplateContext() != null) {
            definition.getRouteTemplateContext().getParameters().forEach((name, value) -> {
                if (name.equals("partnerId") || name.endsWith("Directory")) {
                    shown.put(name, context.resolvePropertyPlaceholders(String.valueOf(value)));
                }
            });
        }
        return shown;
    }
}
