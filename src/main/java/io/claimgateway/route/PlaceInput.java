package io.claimgateway.route;

import io.claimgateway.gateway.FileLifecycle;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Stage "place the input" of the folder route: the input moves to the archive, error or duplicate
 * folder (never replacing a file there) and its journal entry is done; the route's log step reads
 * the outcome and destination from the headers set here.
 */
final class PlaceInput implements Processor {

    private final FileLifecycle lifecycle;

    PlaceInput(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        FileLifecycle.Known journalled = FileExchange.journalled(exchange);
        FileLifecycle.Result result = lifecycle.place(journalled.entry(), journalled.resumed());
        exchange.getIn().setHeader(FileExchange.OUTCOME, result.outcome());
        exchange.getIn().setHeader(FileExchange.DESTINATION, result.inputDestination().map(Path::toString).orElse(""));
    }
}
