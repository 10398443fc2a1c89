package io.claimgateway.route;

import io.claimgateway.gateway.FailureReport;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.GatewayMetrics;
import io.claimgateway.gateway.LogSafe;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

/**
 * The inbox route's last resort, after its retries: the input moves to the failed folder (resolved
 * from the configuration, never from the inbox) beside {@code <name>.failed.txt}, and the failure
 * is counted. Nothing of the file is in the store: its transaction rolled back.
 */
public final class FailedFileProcessor implements Processor {

    private final FilePlacement placement;
    private final GatewayMetrics metrics;

    public FailedFileProcessor(FilePlacement placement, GatewayMetrics metrics) {
        this.placement = placement;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        Path input = ((File) file.getFile()).toPath();
        String name = file.getFileNameOnly();
        exchange.getIn().setHeader(InboundFileProcessor.SAFE_NAME, LogSafe.text(name));
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Path report = placement.failedReport(name);
        Files.createDirectories(report.getParent());
        Path staged = report.resolveSibling("." + report.getFileName() + ".part");
        Files.writeString(staged, FailureReport.of(name, failure == null ? new IllegalStateException() : failure),
                StandardCharsets.UTF_8);
        Files.move(staged, report);
        if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(input, placement.failedInput(name));
        }
        metrics.fileFailed();
    }
}
