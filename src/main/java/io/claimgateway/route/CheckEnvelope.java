package io.claimgateway.route;

import io.claimgateway.gateway.ClaimFileProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Stage "check the envelope, validate": one pass over the file's interchanges, groups and sets,
 * every segment checked against its guide, then the partner checks. Touches no store.
 */
final class CheckEnvelope implements Processor {

    private final ClaimFileProcessor core;

    CheckEnvelope(ClaimFileProcessor core) {
        this.core = core;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        FileExchange.checked(exchange, core.check(FileExchange.delivery(exchange)));
    }
}
