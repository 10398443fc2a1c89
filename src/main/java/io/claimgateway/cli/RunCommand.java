package io.claimgateway.cli;

import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.gateway.GatewayProperties;
import io.claimgateway.parse.ParserWarmUp;
import io.claimgateway.route.GatewayStoreHealthCheck;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.LifecycleRecovery;
import io.claimgateway.route.FailedFileProcessor;
import io.claimgateway.route.InboundFileProcessor;
import io.claimgateway.route.InboxReadLocks;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.claimgateway.route.PartnerFileProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.time.Duration;
import org.apache.camel.main.Main;

/**
 * {@code run}: starts Camel main with the routes of {@code routes/} on the embedded defaults
 * (folders under ./work, H2 store, sample reference data) until stopped.
 */
final class RunCommand {

    private RunCommand() {
    }

    static int run(String[] args) throws Exception {
        Arguments arguments = new Arguments(args, Set.of("config"));
        Optional<Path> config = arguments.option("config").map(Path::of)
                .or(() -> Optional.of(Path.of("gateway.properties")).filter(Files::isRegularFile));
        Properties properties = GatewayProperties.load(config);
        // One registry for the gateway's meters and Camel's, served at /observe/metrics.
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // The parsers load while the store opens and Camel starts, not before them.
        ParserWarmUp.start();
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.system(Clock.systemDefaultZone()), meters)) {
            Main main = new Main();
            // Override, not initial: Camel main also reads classpath application.properties and would
            // otherwise shadow the operator's --config values in the routes.
            main.setOverrideProperties(properties);
            main.bind("metricsRegistry", meters);
            main.bind("gatewayStoreHealthCheck", new GatewayStoreHealthCheck(gateway.database()));
            FilePlacement placement = placement(properties);
            long lockKeepAlive = millis(properties, "gateway.folders.lock-keep-alive-ms");
            long lockMaxAge = millis(properties, "gateway.folders.lock-max-age-ms");
            // The inbox read lock, shared by every instance on the store (routes/folder-inbox.camel.yaml).
            InboxReadLocks.registerOn(main, gateway.database().dataSource(), Duration.ofMillis(lockKeepAlive),
                    Duration.ofMillis(lockMaxAge));
            // Files a crash left between their commit and their last move are finished first.
            new LifecycleRecovery(gateway.lifecycle(), Duration.ofMillis(lockMaxAge)).recover(List.of(
                    folder(properties, "outbox"), folder(properties, "claims"), folder(properties, "error"), folder(properties, "duplicate")));
            main.bind("inboundFileProcessor", new InboundFileProcessor(gateway.lifecycle(), placement));
            main.bind("failedFileProcessor", new FailedFileProcessor(placement, gateway.metrics()));
            main.bind("partnerFileProcessor", partnerFileProcessor(gateway, properties));
            main.run();
        }
        return 0;
    }

    /** Where the folder route's outputs and inputs go. */
    static FilePlacement placement(Properties properties) {
        return FilePlacement.folders(folder(properties, "outbox"), folder(properties, "claims"),
                folder(properties, "archive"), folder(properties, "error"), folder(properties, "duplicate"),
                folder(properties, "failed"));
    }

    static PartnerFileProcessor partnerFileProcessor(Gateway gateway, Properties properties) {
        return new PartnerFileProcessor(gateway.lifecycle(),
                Path.of(GatewayProperties.resolve(properties, "gateway.sftp.work")).resolve("ledger"));
    }

    private static long millis(Properties properties, String key) {
        return Long.parseLong(GatewayProperties.resolve(properties, key).trim());
    }

    private static Path folder(Properties properties, String name) {
        return Path.of(GatewayProperties.resolve(properties, "gateway.folders." + name));
    }
}
