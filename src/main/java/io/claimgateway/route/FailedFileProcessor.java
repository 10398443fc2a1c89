package io.claimgateway.route;

import io.claimgateway.gateway.FailureReport;
import io.claimgateway.gateway.FileLifecycle;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.GatewayMetrics;
import io.claimgateway.gateway.LogSafe;
import java.io.File;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

/**
 * The inbox route's last resort, after its retries: the input moves to the failed folder (resolved
 * from the configuration, never from the inbox) beside {@code <name>.failed.txt}, and the failure
 * is counted. Nothing of the file is in the store (its transaction rolled back) but its journal
 * entry, outcome {@code failed}.
 */
final class FailedFileProcessor implements Processor {

    private final FileLifecycle lifecycle;
    private final FilePlacement placement;
    private final GatewayMetrics metrics;

    FailedFileProcessor(FileLifecycle lifecycle, FilePlacement placement, GatewayMetrics metrics) {
        this.lifecycle = lifecycle;
        this.placement = placement;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        Path input = ((File) file.getFile()).toPath();
        String name = file.getFileNameOnly();
        exchange.getIn().setHeader(FileExchange.SAFE_NAME, LogSafe.text(name));
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        lifecycle.fail(input, placement, TakeInboxFile.CHANNEL,
                FailureReport.of(name, failure == null ? new IllegalStateException() : failure));
        metrics.fileFailed();
    }
}
