package io.claimgateway.route;

import io.claimgateway.gateway.Delivery;
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
 * Stage "claim the file" of the folder route (its read lock is already held): an odd file is
 * refused here, a file whose committed outcome a crash left unfinished is resumed here; any other
 * file goes on to the envelope check.
 */
final class TakeInboxFile implements Processor {

    /** Journal channel of the folder inbox. */
    static final String CHANNEL = "inbox";
    /** The outcome of a file another instance took before this one got to it: nothing is done. */
    static final String GONE = "gone (read by another instance)";

    private final FileLifecycle lifecycle;
    private final FilePlacement placement;

    TakeInboxFile(FileLifecycle lifecycle, FilePlacement placement) {
        this.lifecycle = lifecycle;
        this.placement = placement;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        Path input = ((File) file.getFile()).toPath();
        exchange.getIn().setHeader(FileExchange.SAFE_NAME, LogSafe.text(file.getFileNameOnly()));
        boolean firstAttempt = firstAttempt(exchange);
        if (firstAttempt && !Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            // Competing instances: this poll listed the file, another instance then read it and moved
            // it out of the inbox and released its read lock before this one took the lock (Camel's
            // changed check passes on a missing file when empty files are accepted). Its work is done.
            exchange.getIn().setHeader(FileExchange.OUTCOME, GONE);
            exchange.setProperty(FileExchange.GONE, true);
            return;
        }
        Delivery delivery = new Delivery(input, placement.outputsFor(input.getFileName().toString()), CHANNEL,
                Optional.empty(), firstAttempt);
        FileExchange.delivery(exchange, delivery);
        lifecycle.take(delivery).ifPresent(known -> FileExchange.journalled(exchange, known));
    }

    /** A redelivery (the route's retries) is the same delivery: counted once. */
    static boolean firstAttempt(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) == 0;
    }
}
