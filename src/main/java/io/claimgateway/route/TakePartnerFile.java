package io.claimgateway.route;

import io.claimgateway.gateway.Delivery;
import io.claimgateway.gateway.FileLifecycle;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.LogSafe;
import io.claimgateway.support.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage "claim the file" of an SFTP partner route, on the local copy of the download: decides
 * where its outputs go (a local ledger directory per partner, file name and content hash, under
 * numbered names for every delivery of a name after the first) and where the input goes on the
 * server; refuses an odd file; and resumes a delivery that did not finish (outputs not all
 * uploaded or input not moved): its outputs are handed back instead of adjudicating the same
 * claims twice. Once a delivery is done, the same file uploaded again is a new delivery.
 */
final class TakePartnerFile implements Processor {

    /** Partner id, set by the route from its template parameter. */
    static final String PARTNER = "GatewayPartner";
    /** {@code processed}, {@code rejected} or {@code duplicate}. */
    static final String OUTCOME = FileExchange.OUTCOME;
    /** {@code List<File>}: the 835 and/or the error report, in that order, to upload. */
    static final String UPLOADS = "GatewayUploads";
    /** Where the route moves the input on the server; from the directories the route passes in. */
    static final String REMOTE_DESTINATION = "GatewayRemoteDestination";
    /** The same, escaped for log lines. */
    static final String SAFE_REMOTE_DESTINATION = "GatewaySafeRemoteDestination";
    /** The template's archive, error and duplicate directories, set by the route. */
    static final String ARCHIVE_DIRECTORY = "GatewayArchiveDirectory";
    static final String ERROR_DIRECTORY = "GatewayErrorDirectory";
    static final String DUPLICATE_DIRECTORY = "GatewayDuplicateDirectory";
    /** {@code true} when the input had already been processed and only its outputs are sent again. */
    static final String REDELIVERED = "GatewayRedelivered";
    /** The file's journal entry id, closed once the input has moved on the server. */
    static final String JOURNAL_ENTRY = "GatewayJournalEntry";

    private static final Logger LOG = LoggerFactory.getLogger(TakePartnerFile.class);
    private static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final FileLifecycle lifecycle;
    private final Path ledger;

    /** @param ledger local directory holding one sub-directory per partner and input */
    TakePartnerFile(FileLifecycle lifecycle, Path ledger) {
        this.lifecycle = lifecycle;
        this.ledger = ledger.toAbsolutePath();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String partner = exchange.getIn().getHeader(PARTNER, String.class);
        if (partner == null || !PARTNER_ID.matcher(partner).matches()) {
            throw new IllegalStateException("Route must set header " + PARTNER + " to a partner id, was " + partner);
        }
        // With localWorkDirectory the remote file is downloaded first; the core path reads that copy.
        String localPath = exchange.getIn().getHeader(Exchange.FILE_LOCAL_WORK_PATH, String.class);
        if (localPath == null) {
            throw new IllegalStateException("No local copy of " + exchange.getIn().getHeader(Exchange.FILE_NAME)
                    + ": the SFTP endpoint needs localWorkDirectory");
        }
        Path input = Path.of(localPath);
        String name = input.getFileName().toString();
        exchange.getIn().setHeader(FileExchange.SAFE_NAME, LogSafe.text(name));
        String contentSha256 = Sha256.hex(input);
        Path entry = ledger.resolve(partner).resolve(name + "." + contentSha256.substring(0, 16));
        Files.createDirectories(entry);
        // Numbered names for every delivery of a name after the first, here and on the server.
        int deliveryNumber = lifecycle.deliveryNumber(partner, name, contentSha256);
        FilePlacement placement = FilePlacement.directory(entry).forDelivery(deliveryNumber).onServer(
                new FilePlacement.RemoteDirectories(header(exchange, ARCHIVE_DIRECTORY), header(exchange, ERROR_DIRECTORY),
                        header(exchange, DUPLICATE_DIRECTORY)));
        Delivery delivery = new Delivery(input, placement.outputsFor(name), partner, Optional.of(partner),
                TakeInboxFile.firstAttempt(exchange));
        FileExchange.delivery(exchange, delivery);
        Optional<FileLifecycle.Known> known = lifecycle.take(delivery);
        known.ifPresent(k -> FileExchange.journalled(exchange, k));
        if (known.isPresent() && known.get().resumed()) {
            LOG.info("{} from {} was already {}: sending its outputs again, not processing it twice",
                    LogSafe.text(name), partner, known.get().entry().outcome());
        }
    }

    private static String header(Exchange exchange, String name) {
        String value = exchange.getIn().getHeader(name, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Route must set header " + name);
        }
        return value;
    }
}
