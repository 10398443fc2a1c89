package io.claimgateway.route;

import io.claimgateway.gateway.FileLifecycle;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.LogSafe;
import io.claimgateway.gateway.ContentDigest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean the SFTP partner routes call: runs the core path on the local copy of a downloaded 837
 * and tells the route which local files to upload to the partner's outbound directory
 * ({@value #UPLOADS}) and whether the input was processed or rejected ({@value #OUTCOME}).
 *
 * <p>Each input is recorded in a local ledger, keyed by partner, file name and content hash, once its
 * outputs are written. When the upload or the remote archive move fails after its retries, the
 * input stays on the server and comes back at a later poll: the ledger then hands back the outputs
 * already produced instead of adjudicating the same claims a second time. Holds no business logic.
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
        // Another content under a name seen before gets numbered names, here and on the server.
        int delivery = lifecycle.deliveryNumber(partner, name, contentSha256);
        // The journal (channel = partner) knows a file met before: its outputs are handed back.
        FileLifecycle.Result result = lifecycle.handle(input, FilePlacement.directory(entry).forDelivery(delivery),
                partner, Optional.of(partner), InboundFileProcessor.firstAttempt(exchange), true);
        if (result.resumed()) {
            LOG.info("{} from {} was already {}: sending its outputs again, not processing it twice",
                    LogSafe.text(name), partner, result.outcome());
        }
        exchange.getIn().setHeader(OUTCOME, result.outcome());
        String destination = FilePlacement.remoteDestination(
                exchange.getIn().getHeader(remoteDirectoryHeader(result.outcome()), String.class), name, delivery);
        exchange.getIn().setHeader(REMOTE_DESTINATION, destination);
        exchange.getIn().setHeader(SAFE_REMOTE_DESTINATION, LogSafe.text(destination));
        exchange.getIn().setHeader(REDELIVERED, result.resumed());
        exchange.getIn().setHeader(UPLOADS, uploads(entry));
    }

    private static String remoteDirectoryHeader(String outcome) {
        return switch (outcome) {
            case "processed" -> ARCHIVE_DIRECTORY;
            case "duplicate" -> DUPLICATE_DIRECTORY;
            default -> ERROR_DIRECTORY;
        };
    }

    /**
     * The outputs a partner collects: the 835 (absent when every claim was forwarded), the error
     * report with its TA1 or 999, the duplicate report.
     */
    private static List<File> uploads(Path entry) throws IOException {
        List<File> files = new ArrayList<>();
        for (String suffix : List.of(".835", ".277", ".999", ".ta1", ".error.txt", ".duplicate.txt")) {
            try (Stream<Path> list = Files.list(entry)) {
                list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().map(Path::toFile)
                        .forEach(files::add);
            }
        }
        return files;
    }
}
