package io.claimgateway.route;

import io.claimgateway.gateway.FileLifecycle;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.LogSafe;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

/**
 * The bean the inbox route calls: takes the picked-up file through its lifecycle (the gateway
 * publishes its outputs and moves it to the archive, error or duplicate folder itself, after its
 * outcome has committed) and tells the route the outcome. Holds no business logic.
 */
public final class InboundFileProcessor implements Processor {

    /** Where the input went. */
    public static final String DESTINATION = "GatewayDestination";
    public static final String OUTCOME = "GatewayOutcome";
    /** The file name escaped for log lines (no control characters). */
    public static final String SAFE_NAME = "GatewaySafeName";
    /** Journal channel of the folder inbox. */
    public static final String CHANNEL = "inbox";
    /** The outcome of a file another instance took before this one got to it: nothing is done. */
    public static final String GONE = "gone (read by another instance)";

    private final FileLifecycle lifecycle;
    private final FilePlacement placement;

    public InboundFileProcessor(FileLifecycle lifecycle, FilePlacement placement) {
        this.lifecycle = lifecycle;
        this.placement = placement;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        Path input = ((File) file.getFile()).toPath();
        exchange.getIn().setHeader(SAFE_NAME, LogSafe.text(file.getFileNameOnly()));
        if (firstAttempt(exchange) && !Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            // Competing instances: this poll listed the file, another instance then read it and moved
            // it out of the inbox and released its read lock before this one took the lock (Camel's
            // changed check passes on a missing file when empty files are accepted). Its work is done.
            exchange.getIn().setHeader(OUTCOME, GONE);
            exchange.getIn().setHeader(DESTINATION, "");
            return;
        }
        FileLifecycle.Result result = lifecycle.handle(input, placement, CHANNEL, Optional.empty(),
                firstAttempt(exchange));
        exchange.getIn().setHeader(OUTCOME, result.outcome());
        exchange.getIn().setHeader(DESTINATION, result.inputDestination().map(Path::toString).orElse(""));
    }

    /** A redelivery (the route's retries) is the same delivery: counted once. */
    static boolean firstAttempt(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) == 0;
    }
}
