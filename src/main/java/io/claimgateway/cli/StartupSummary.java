package io.claimgateway.cli;

import io.claimgateway.config.ConfigurationCheck;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.GatewayConfiguration;
import io.claimgateway.gateway.LogSafe;
import io.claimgateway.gateway.TradingPartner;
import io.claimgateway.gateway.TradingPartners;
import io.claimgateway.store.StoreUrl;
import io.claimgateway.support.CommaList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.camel.util.OrderedLocationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code run} starts with, logged once before the store opens (so a store that cannot be
 * reached is reported after the URL that was tried): the configuration files in the order read and
 * the keys the environment or {@code -D} override, the store URL without credentials, the guides,
 * the partners, the folders and the route files. No secret, no member data: partner ids and names,
 * paths and guide ids only. {@link RunningSummary} adds what Camel started.
 */
final class StartupSummary {

    private static final Logger LOG = LoggerFactory.getLogger(StartupSummary.class);
    private static final List<String> FOLDERS =
            List.of("inbox", "outbox", "claims", "archive", "error", "duplicate", "failed");

    private StartupSummary() {
    }

    /** Checks the configuration first, so a bad key fails with its one line, then logs the summary. */
    static void log(List<Path> configFiles, OrderedLocationProperties layers, GatewayConfiguration configuration) {
        ConfigurationCheck.check(configuration);
        lines(configFiles, layers, configuration).forEach(line -> LOG.info("{}", LogSafe.text(line)));
    }

    static List<String> lines(List<Path> configFiles, OrderedLocationProperties layers,
            GatewayConfiguration configuration) {
        List<String> lines = new ArrayList<>();
        lines.add("claim-gateway " + GatewayVersion.version() + " starting");
        lines.add("  configuration: " + String.join(", ", ConfigurationLayers.files(configFiles)));
        List<String> overrides = layers.stringPropertyNames().stream().map(layers::getLocation)
                .filter(source -> source.startsWith("environment variable ") || source.startsWith("-D"))
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        if (!overrides.isEmpty()) {
            lines.add("  overridden by: " + String.join(", ", overrides));
        }
        lines.add("  store: " + StoreUrl.withoutCredentials(configuration.text("gateway.db.url"))
                + configuration.optional("gateway.db.schema").map(schema -> " (schema " + schema + ")").orElse(""));
        Set<String> guides = CommaList.itemSet(configuration.text("gateway.versions"));
        lines.add("  guides accepted: " + sorted(guides));
        lines.addAll(partners(configuration, guides));
        lines.add("  folders: " + FOLDERS.stream()
                .map(name -> name + " " + absolute(configuration.path("gateway.folders." + name)))
                .collect(Collectors.joining(", "))
                + ", sftp work " + absolute(configuration.path("gateway.sftp.work")));
        lines.add("  routes: " + String.join(", ", CommaList.itemSet(configuration.textOrEmpty(RouteFiles.INCLUDE_PATTERN_KEY))));
        return lines;
    }

    private static List<String> partners(GatewayConfiguration configuration, Set<String> guides) {
        Set<String> ids = CommaList.itemSet(configuration.textOrEmpty("gateway.partners"));
        if (ids.isEmpty()) {
            return List.of("  partners: none configured, every sender accepted");
        }
        TradingPartners partners = TradingPartners.load(configuration.resolved(), guides);
        return ids.stream().map(id -> partners.find(id).orElseThrow()).map(StartupSummary::partner).toList();
    }

    private static String partner(TradingPartner partner) {
        return "  partner " + partner.id() + " (" + partner.name() + "): guides " + sorted(partner.versions())
                + "; acknowledgments " + sorted(partner.acknowledgments());
    }

    private static String sorted(Collection<String> values) {
        return String.join(", ", new TreeSet<>(values));
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
