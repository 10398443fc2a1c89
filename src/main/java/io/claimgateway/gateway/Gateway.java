package io.claimgateway.gateway;

import io.claimgateway.adjudicate.HcpcsCodeTable;
import io.claimgateway.config.ConfigurationCheck;
import io.claimgateway.config.GatewayConfiguration;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.parse.ScanPolicy;
import io.claimgateway.parse.SegmentCheck;
import io.claimgateway.remit.ClaimFilingIndicators;
import io.claimgateway.remit.PayerIdentity;
import io.claimgateway.store.GatewayDatabase;
import io.claimgateway.support.CommaList;
import io.claimgateway.validate.GuideElementChecks;
import io.claimgateway.store.ReferenceDataLoader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the core path from configuration: opens the store (running its migrations), loads the
 * reference data, and builds the one {@link ClaimFileProcessor} that routes and replay share.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final GatewayDatabase database;
    private final ClaimFileProcessor processor;
    private final GatewayMetrics metrics;

    private Gateway(GatewayDatabase database, ClaimFileProcessor processor, GatewayMetrics metrics) {
        this.database = database;
        this.processor = processor;
        this.metrics = metrics;
    }

    public static Gateway open(Properties properties, AdjudicationClock clock) {
        return open(properties, clock, new SimpleMeterRegistry());
    }

    public static Gateway open(Properties properties, AdjudicationClock clock, MeterRegistry meters) {
        return open(properties, clock, meters, GuideElementChecks::forVersion);
    }

    /** With other guide checks: tests reach the parser's own refusals by leaving the guide's out. */
    static Gateway open(Properties layers, AdjudicationClock clock, MeterRegistry meters,
            Function<String, Optional<SegmentCheck>> checks) {
        GatewayConfiguration configuration = GatewayConfiguration.of(layers);
        ConfigurationCheck.check(configuration);
        Properties properties = configuration.resolved();
        GatewayDatabase database = GatewayDatabase.open(configuration.text("gateway.db.url"),
                configuration.textOrEmpty("gateway.db.user"), configuration.textOrEmpty("gateway.db.password"),
                configuration.optional("gateway.db.schema"));
        try {
            loadReferenceData(database, configuration);
            Set<String> versions = versions(configuration);
            GatewayMetrics metrics = new GatewayMetrics(meters);
            ClaimFileProcessor processor = new ClaimFileProcessor(database, ProgramConfig.load(properties),
                    hcpcsCodes(configuration), PayerIdentity.load(properties), ClaimFilingIndicators.load(properties),
                    TradingPartners.load(properties, versions), ScanPolicy.strict().withSupportedVersions(versions),
                    checks, clock, metrics);
            return new Gateway(database, processor, metrics);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** For replay, the bench and tests: a file processed and its outputs published at once. */
    public DirectFileProcessor processor() {
        return new DirectFileProcessor(processor, database);
    }

    /** The core path's stages (envelope check, adjudication), for the routes' stage beans. */
    public ClaimFileProcessor core() {
        return processor;
    }

    /** The lifecycle of a file the gateway moves itself (the routes). */
    public FileLifecycle lifecycle() {
        return new FileLifecycle(database, metrics);
    }

    public GatewayMetrics metrics() {
        return metrics;
    }

    public GatewayDatabase database() {
        return database;
    }

    private static void loadReferenceData(GatewayDatabase database, GatewayConfiguration configuration) {
        ReferenceDataLoader loader = new ReferenceDataLoader(database);
        ReferenceFile authorizations = ReferenceFile.of(configuration, "gateway.reference.authorizations");
        ReferenceFile providers = ReferenceFile.of(configuration, "gateway.reference.providers");
        int authorizationCount = authorizations.read(loader::loadAuthorizations);
        int providerCount = providers.read(loader::loadProviders);
        LOG.info("Loaded {} authorizations from {} and {} providers from {}", authorizationCount, authorizations,
                providerCount, providers);
    }

    private static HcpcsCodeTable hcpcsCodes(GatewayConfiguration configuration) {
        if (configuration.optional("gateway.reference.hcpcs").isEmpty()) {
            return HcpcsCodeTable.defaults();
        }
        return ReferenceFile.of(configuration, "gateway.reference.hcpcs").read((name, reader) -> HcpcsCodeTable.load(reader));
    }

    private static Set<String> versions(GatewayConfiguration configuration) {
        return CommaList.itemSet(configuration.text("gateway.versions"));
    }

    @Override
    public void close() {
        database.close();
    }
}
