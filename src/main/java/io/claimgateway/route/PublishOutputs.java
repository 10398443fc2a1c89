package io.claimgateway.route;

import io.claimgateway.gateway.FileLifecycle;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Stage "write the outputs": the committed file's staged outputs become visible under their final
 * names, each once and never replaced. A crash before this stage is finished at the next start.
 */
final class PublishOutputs implements Processor {

    private final FileLifecycle lifecycle;

    PublishOutputs(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        lifecycle.publish(FileExchange.journalled(exchange).entry());
    }
}
