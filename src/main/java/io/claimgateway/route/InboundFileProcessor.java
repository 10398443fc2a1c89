package io.claimgateway.route;

import io.claimgateway.gateway.ClaimFileProcessor;
import io.claimgateway.gateway.FileOutcome;
import io.claimgateway.gateway.OutputFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

/**
 * The bean the inbox routes call: runs the core path on the picked-up file and tells the route,
 * through the {@value #DESTINATION} header, whether the input goes to the archive, to the error
 * folder (where its {@code .error.txt} already waits) or, a duplicate, to the duplicate folder
 * beside its {@code .duplicate.txt}. Holds no business logic.
 */
public final class InboundFileProcessor implements Processor {

    /** Absolute path the file consumer moves the input to once the exchange completes. */
    public static final String DESTINATION = "GatewayDestination";
    public static final String OUTCOME = "GatewayOutcome";

    private final ClaimFileProcessor processor;
    private final Path outbox;
    private final Path claims;
    private final Path archive;
    private final Path error;
    private final Path duplicate;

    public InboundFileProcessor(ClaimFileProcessor processor, Path outbox, Path claims, Path archive, Path error,
            Path duplicate) {
        this.processor = processor;
        this.outbox = outbox.toAbsolutePath();
        this.claims = claims.toAbsolutePath();
        this.archive = archive.toAbsolutePath();
        this.error = error.toAbsolutePath();
        this.duplicate = duplicate.toAbsolutePath();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        Path input = ((File) file.getFile()).toPath();
        String name = file.getFileNameOnly();
        String base = OutputFiles.baseName(name);
        OutputFiles outputs = new OutputFiles(outbox.resolve(base + ".835"),
                Optional.of(claims.resolve(base + ".claims.json")), error.resolve(base + ".error.txt"),
                duplicate.resolve(base + ".duplicate.txt"));
        FileOutcome outcome = processor.process(input, outputs);
        Path destination = outcome instanceof FileOutcome.Processed ? archive
                : outcome instanceof FileOutcome.Duplicate ? duplicate : error;
        exchange.getIn().setHeader(OUTCOME, outcome.label());
        exchange.getIn().setHeader(DESTINATION, destination.resolve(name).toString());
    }
}
