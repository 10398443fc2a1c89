package io.claimgateway.route;

import io.claimgateway.config.GatewayConfiguration;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.Gateway;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * The beans the routes name, bound the Camel way ({@code @BindToRegistry}): {@code run} and the
 * route tests add this one configuration class to Camel main, so the wiring tested is the wiring
 * run. The folder route's stages: takeInboxFile → checkEnvelope → adjudicateFile → publishOutputs
 * → placeInput; an SFTP partner's: takePartnerFile → checkEnvelope → adjudicateFile →
 * publishOutputs → listUploads → (uploads) → remoteInputMover.
 */
public final class GatewayBeans implements CamelConfiguration {

    private final Gateway gateway;
    private final GatewayConfiguration configuration;
    private final DataSource readLockStore;

    /** @param readLockStore where the inbox read locks are kept: the gateway's store in {@code run} */
    public GatewayBeans(Gateway gateway, GatewayConfiguration configuration, DataSource readLockStore) {
        this.gateway = gateway;
        this.configuration = configuration;
        this.readLockStore = readLockStore;
    }

    /** The inbox read lock, shared by every instance on the store (routes/folder-inbox.camel.yaml). */
    @Override
    public void configure(CamelContext camel) {
        InboxReadLocks.register(camel, readLockStore,
                Duration.ofMillis(configuration.number("gateway.folders.lock-keep-alive-ms")), lockMaxAge());
    }

    /** How long a read lock may go unrefreshed before it is a crashed holder's, taken over. */
    public Duration lockMaxAge() {
        return Duration.ofMillis(configuration.number("gateway.folders.lock-max-age-ms"));
    }

    /** Where the folder route's outputs and inputs go. */
    public FilePlacement placement() {
        return FilePlacement.folders(folder("outbox"), folder("claims"), folder("archive"), folder("error"),
                folder("duplicate"), folder("failed"));
    }

    @BindToRegistry
    public TakeInboxFile takeInboxFile() {
        return new TakeInboxFile(gateway.lifecycle(), placement());
    }

    @BindToRegistry
    public CheckEnvelope checkEnvelope() {
        return new CheckEnvelope(gateway.core());
    }

    @BindToRegistry
    public AdjudicateFile adjudicateFile() {
        return new AdjudicateFile(gateway.core());
    }

    @BindToRegistry
    public PublishOutputs publishOutputs() {
        return new PublishOutputs(gateway.lifecycle());
    }

    @BindToRegistry
    public PlaceInput placeInput() {
        return new PlaceInput(gateway.lifecycle());
    }

    @BindToRegistry
    public FailedFileProcessor failedFileProcessor() {
        return new FailedFileProcessor(gateway.lifecycle(), placement(), gateway.metrics());
    }

    @BindToRegistry
    public TakePartnerFile takePartnerFile() {
        return new TakePartnerFile(gateway.lifecycle(), configuration.path("gateway.sftp.work").resolve("ledger"));
    }

    @BindToRegistry
    public ListUploads listUploads() {
        return new ListUploads();
    }

    @BindToRegistry
    public RemoteInputMover remoteInputMover() {
        return new RemoteInputMover(gateway.lifecycle());
    }

    @BindToRegistry
    public GatewayStoreHealthCheck gatewayStoreHealthCheck() {
        return new GatewayStoreHealthCheck(gateway.database());
    }

    /** Every check in /observe/health with its detail, not its state alone. */
    @BindToRegistry
    public HealthCheckDetails healthCheckDetails() {
        return new HealthCheckDetails();
    }

    private Path folder(String name) {
        return configuration.path("gateway.folders." + name);
    }
}
