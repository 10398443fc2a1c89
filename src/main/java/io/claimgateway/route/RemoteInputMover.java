package io.claimgateway.route;

import io.claimgateway.gateway.FileLifecycle;
import io.claimgateway.gateway.LogSafe;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of an SFTP partner route, once the outputs are uploaded: moves the input on the
 * server to the destination {@link TakePartnerFile} named (creating its directory), closes the
 * file's journal entry (the delivery is finished), and only then removes the done file. The
 * consumer itself neither moves nor deletes anything ({@code noop}), so a move that fails leaves
 * the input and its done file in the inbound directory, to be picked up again once the cause is
 * fixed (its outputs are then handed back, not produced again): never stranded.
 */
public final class RemoteInputMover implements Processor {

    /** The partner's upload convention (routes/README.md): {@code X.x12} is complete once {@code X.x12.done} is there. */
    static final String DONE_SUFFIX = ".done";

    private static final Logger LOG = LoggerFactory.getLogger(RemoteInputMover.class);

    private final FileLifecycle lifecycle;

    public RemoteInputMover(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> input = exchange.getProperty(ExchangePropertyKey.FILE_EXCHANGE_FILE, GenericFile.class);
        String partner = exchange.getIn().getHeader(TakePartnerFile.PARTNER, String.class);
        String destination = exchange.getIn().getHeader(TakePartnerFile.REMOTE_DESTINATION, String.class);
        long entry = exchange.getIn().getHeader(TakePartnerFile.JOURNAL_ENTRY, Long.class);
        if (input == null || destination == null) {
            throw new IllegalStateException("The route must consume a remote file and run takePartnerFile and listUploads first");
        }
        String from = input.getAbsoluteFilePath();
        String to = RemoteSession.besideInbound(input.getParent() == null ? "" : input.getParent(), destination);
        try (RemoteSession session = RemoteSession.open(exchange.getFromEndpoint(), exchange)) {
            try {
                String directory = to.contains("/") ? to.substring(0, to.lastIndexOf('/')) : "";
                if (!directory.isEmpty()) {
                    session.ensureDirectory(directory);
                }
                if (session.exists(to)) {
                    throw new IllegalStateException(to + " exists already; it is never overwritten");
                }
                session.rename(from, to);
            } catch (RuntimeException e) {
                throw moveFailed(exchange, input, destination, partner, e);
            }
            // Moved: the delivery is finished. (Should the store fail here, the exchange fails with it.)
            lifecycle.delivered(entry);
            deleteDoneFile(session, from + DONE_SUFFIX, partner);
        } catch (org.apache.camel.component.file.GenericFileOperationFailedException e) {
            // The session could not be opened: server gone or login refused.
            throw moveFailed(exchange, input, destination, partner, e);
        }
    }

    private static RemoteMoveException moveFailed(Exchange exchange, GenericFile<?> input, String destination,
            String partner, Exception e) {
        String why = "could not move " + LogSafe.text(input.getFileNameOnly()) + " to " + LogSafe.text(destination)
                + ": " + LogSafe.text(String.valueOf(e.getMessage()));
        channel(exchange).ifPresent(channel -> channel.moveFailed(why));
        return new RemoteMoveException(partner + ": " + why
                + "; it stays in the inbound directory with its done file and is taken again at a later poll");
    }

    /** The input has left inbound: a done file left behind (delete refused) does no harm, it is only logged. */
    private static void deleteDoneFile(RemoteSession session, String doneFile, String partner) {
        try {
            if (!session.delete(doneFile)) {
                LOG.warn("{}: could not delete the done file {}", partner, LogSafe.text(doneFile));
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: could not delete the done file {}: {}", partner, LogSafe.text(doneFile),
                    LogSafe.text(String.valueOf(e.getMessage())));
        }
    }

    /** The channel of the route that consumed the file, to have its directories checked again. */
    private static java.util.Optional<SftpChannel> channel(Exchange exchange) {
        Route route = exchange.getContext().getRoute(exchange.getFromRouteId());
        if (route != null && route.getConsumer() instanceof ScheduledPollConsumer consumer
                && consumer.getPollStrategy() instanceof SftpChannel channel) {
            return java.util.Optional.of(channel);
        }
        return java.util.Optional.empty();
    }

    /** The move failed; the message says what, where, and that the file will be taken again. No stack trace is worth more. */
    public static final class RemoteMoveException extends Exception {
        RemoteMoveException(String message) {
            super(message, null, false, false);
        }
    }
}
