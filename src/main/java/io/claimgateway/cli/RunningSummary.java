package io.claimgateway.cli;

import io.claimgateway.gateway.LogSafe;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the start-up summary, logged once Camel has started: each route with its state and
 * the endpoint it reads (options left out: they may name a user or a key file), each SFTP channel
 * ({@link SftpChannels}) and the addresses actually served ({@link ServedAddresses}).
 */
final class RunningSummary extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RunningSummary.class);

    @Override
    public void afterStart(BaseMainSupport main) {
        lines(main.getCamelContext()).forEach(line -> LOG.info("{}", LogSafe.text(line)));
    }

    static List<String> lines(CamelContext context) {
        List<String> lines = new ArrayList<>();
        lines.add("claim-gateway started: " + context.getRoutes().stream()
                .map(route -> "route " + route.getRouteId() + " " + context.getRouteController().getRouteStatus(
                        route.getRouteId()) + " (" + source(route) + ")")
                .collect(Collectors.joining(", ")));
        lines.addAll(SftpChannels.lines(context));
        lines.addAll(ServedAddresses.lines(context));
        return lines;
    }

    private static String source(Route route) {
        String uri = URISupport.sanitizeUri(route.getEndpoint().getEndpointBaseUri());
        int options = uri.indexOf('?');
        return options < 0 ? uri : uri.substring(0, options);
    }
}
