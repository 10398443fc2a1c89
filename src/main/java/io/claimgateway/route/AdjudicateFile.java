package io.claimgateway.route;

import io.claimgateway.gateway.ClaimFileProcessor;
import io.claimgateway.gateway.FileLifecycle;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Stage "parse and adjudicate": in one store transaction, the file's patient locks and duplicate
 * check, each accepted set parsed and each claim adjudicated in file order, its outputs staged
 * (not visible yet) and its outcome journalled; or its rejection, staged and journalled.
 */
final class AdjudicateFile implements Processor {

    private final ClaimFileProcessor core;

    AdjudicateFile(ClaimFileProcessor core) {
        this.core = core;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ClaimFileProcessor.CommittedFile committed = core.commit(FileExchange.delivery(exchange),
                FileExchange.checked(exchange));
        FileExchange.journalled(exchange, new FileLifecycle.Known(committed.entry(), false));
    }
}
