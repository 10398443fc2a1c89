package io.claimgateway.route;

import io.claimgateway.gateway.FileLifecycle;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.LogSafe;
import io.claimgateway.gateway.ContentDigest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean the SFTP partner routes call: runs the core path on the local copy of a downloaded 837
 * and tells the route which local files to upload to the partner's outbound directory
 * ({@value #UPLOADS}), where to move the input on the server ({@value #REMOTE_DESTINATION}) and its
 * journal entry ({@value #JOURNAL_ENTRY}), which {@link RemoteInputMover} closes once the input has
 * moved there.
 *
 * <p>The outputs are published into a local ledger directory per partner, file name and content
 * hash. Until the input has left the inbound directory (outputs uploaded and input moved), its
 * journal entry is not done: when the upload or the move fails and the input comes back at a
 * later poll, the entry's outputs are handed back instead of adjudicating the same claims twice.
 * Once it is done, the same file uploaded again is a new delivery, processed again (or a
 * duplicate when its interchange was processed), under numbered names. Holds no business logic.
 */
public final class PartnerFileProcessor implements Processor {

    /** Partner id, set by the route from its template parameter. */
    public static final String PARTNER = "GatewayPartner";
    /** {@code processed}, {@code rejected} or {@code duplicate}. */
    public static final String OUTCOME = InboundFileProcessor.OUTCOME;
    /** {@code List<File>}: the 835 and/or the error report, in that order, to upload. */
    public static final String UPLOADS = "GatewayUploads";
    /** Where the route moves the input on the server; from the directories the route passes in. */
    public static final String REMOTE_DESTINATION = "GatewayRemoteDestination";
    /** The same, escaped for log lines. */
    public static final String SAFE_REMOTE_DESTINATION = "GatewaySafeRemoteDestination";
    /** The template's archive, error and duplicate directories, set by the route. */
    public static final String ARCHIVE_DIRECTORY = "GatewayArchiveDirectory";
    public static final String ERROR_DIRECTORY = "GatewayErrorDirectory";
    public static final String DUPLICATE_DIRECTORY = "GatewayDuplicateDirectory";
    /** {@code true} when the input had already been processed and only its outputs are sent again. */
    public static final String REDELIVERED = "GatewayRedelivered";
    /** The file's journal entry id, closed once the input has moved on the server. */
    public static final String JOURNAL_ENTRY = "GatewayJournalEntry";

    /** The outputs a partner collects, in upload order; the claims JSON stays local. */
    private static final List<String> UPLOADED_SUFFIXES = List.of(".835", ".277", ".999", ".ta1", ".error.txt",
            ".duplicate.txt");
    private static final Logger LOG = LoggerFactory.getLogger(PartnerFileProcessor.class);
    private static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final FileLifecycle lifecycle;
    private final Path ledger;

    /** @param ledger local directory holding one sub-directory per partner and input */
    public PartnerFileProcessor(FileLifecycle lifecycle, Path ledger) {
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
        exchange.getIn().setHeader(InboundFileProcessor.SAFE_NAME, LogSafe.text(name));
        String contentSha256 = ContentDigest.sha256(input);
        Path entry = ledger.resolve(partner).resolve(name + "." + contentSha256.substring(0, 16));
        Files.createDirectories(entry);
        // Numbered names for every delivery of a name after the first, here and on the server.
        int delivery = lifecycle.deliveryNumber(partner, name, contentSha256);
        FilePlacement placement = FilePlacement.directory(entry).forDelivery(delivery).onServer(
                new FilePlacement.RemoteDirectories(header(exchange, ARCHIVE_DIRECTORY), header(exchange, ERROR_DIRECTORY),
                        header(exchange, DUPLICATE_DIRECTORY)));
        // An unfinished delivery of this file (channel = partner) is finished: its outputs handed back.
        FileLifecycle.Result result = lifecycle.handle(input, placement, partner, Optional.of(partner),
                InboundFileProcessor.firstAttempt(exchange));
        if (result.resumed()) {
            LOG.info("{} from {} was already {}: sending its outputs again, not processing it twice",
                    LogSafe.text(name), partner, result.outcome());
        }
        String destination = result.inputDestination().map(Path::toString).orElseThrow(
                () -> new IllegalStateException("No destination on the server for " + LogSafe.text(name)));
        exchange.getIn().setHeader(OUTCOME, result.outcome());
        exchange.getIn().setHeader(REMOTE_DESTINATION, destination);
        exchange.getIn().setHeader(SAFE_REMOTE_DESTINATION, LogSafe.text(destination));
        exchange.getIn().setHeader(REDELIVERED, result.resumed());
        exchange.getIn().setHeader(JOURNAL_ENTRY, result.entryId());
        exchange.getIn().setHeader(UPLOADS, uploads(result.outputs()));
    }

    private static String header(Exchange exchange, String name) {
        String value = exchange.getIn().getHeader(name, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Route must set header " + name);
        }
        return value;
    }

    /**
     * The outputs a partner collects, of this delivery only: the 835 (absent when every claim was
     * forwarded), the 277CA and 999, the error report with its TA1 or 999, the duplicate report.
     */
    private static List<File> uploads(List<Path> outputs) {
        List<File> files = new ArrayList<>();
        for (String suffix : UPLOADED_SUFFIXES) {
            outputs.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().map(Path::toFile)
                    .forEach(files::add);
        }
        return files;
    }
}
