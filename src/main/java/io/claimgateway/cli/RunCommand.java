package io.claimgateway.cli;

import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.GatewayConfiguration;
import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.gateway.LifecycleRecovery;
import io.claimgateway.parse.ParserWarmUp;
import io.claimgateway.route.GatewayBeans;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import org.apache.camel.util.OrderedLocationProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code run}: starts Camel main with the routes shipped in the jar (and those of ./routes or
 * {@code --routes}) on the layered configuration until stopped.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = GatewayVersion.class,
        description =
                "Runs the gateway until stopped: the folder inbox and any SFTP partner routes, " +
                "the store, /observe/health and /observe/metrics. Answers each 837 with its 835, " +
                "999, 277CA (and TA1 when due), or rejects it with a report. Defaults: folders " +
                "under work/, an H2 store in work/db/, the sample reference data shipped in the " +
                "jar.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", ExitCodes.USAGE_LINE, ExitCodes.CONFIGURATION_LINE})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description =
            "A properties file laid over the defaults and ./gateway.properties; may repeat, " +
            "later files win. Relative paths in it are relative to its folder.")
    private List<Path> configs = new ArrayList<>();

    @Option(names = "--routes", paramLabel = "DIR", description =
            "Folder of *.camel.yaml routes used instead of ./routes: each file is added to " +
            "the routes shipped in the jar, or replaces the shipped file of the same name.")
    private Path routes;

    @Override
    public Integer call() throws Exception {
        if (routes != null && !Files.isDirectory(routes)) {
            throw new ParameterException(spec.commandLine(), "No such folder: " + routes);
        }
        OrderedLocationProperties layers = ConfigurationLayers.load(configs);
        RouteFiles routeFiles = RouteFiles.with(Optional.ofNullable(routes).orElse(RouteFiles.WORKING_DIRECTORY));
        if (layers.getProperty(RouteFiles.INCLUDE_PATTERN_KEY) == null) {
            layers.put("routes", RouteFiles.INCLUDE_PATTERN_KEY, routeFiles.includePattern());
        }
        GatewayConfiguration configuration = GatewayConfiguration.of(layers);
        StartupSummary.log(configs, layers, configuration);
        // One registry for the gateway's meters and Camel's, served at /observe/metrics.
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // The parsers load while the store opens and Camel starts, not before them.
        ParserWarmUp.start();
        try (Gateway gateway = Gateway.open(layers, AdjudicationClock.system(Clock.systemDefaultZone()), meters)) {
            Main main = new Main();
            // Override, not initial: Camel main also reads the jar's application.properties as a
            // location, which would otherwise shadow the operator's layers in the routes.
            main.setOverrideProperties(layers);
            main.bind("metricsRegistry", meters);
            GatewayBeans beans = new GatewayBeans(gateway, configuration, gateway.database().dataSource());
            main.configure().addConfiguration(beans);
            main.addMainListener(new RunningSummary());
            // Files a crash left between their commit and their last move are finished first.
            new LifecycleRecovery(gateway.lifecycle(), beans.lockMaxAge()).recover(List.of(
                    folder(configuration, "outbox"), folder(configuration, "claims"), folder(configuration, "error"),
                    folder(configuration, "duplicate")));
            main.run();
        }
        return ExitCodes.OK;
    }

    private static Path folder(GatewayConfiguration configuration, String name) {
        return configuration.path("gateway.folders." + name);
    }
}
