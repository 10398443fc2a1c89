package io.claimgateway.gateway;

import io.claimgateway.store.FileJournal;
import io.claimgateway.store.GatewayDatabase;
import io.claimgateway.store.InboxReadLockTable;
import io.claimgateway.support.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One input file from claim to its last move: the core path commits its outcome with its journal
 * entry; only then are its outputs published and the input moved to its destination, the journal
 * following each step (committed → published → done). A file whose journal entry is not done (a
 * crash after its commit) is finished from that entry, never adjudicated again.
 */
public final class FileLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FileLifecycle.class);
    /** The processor name of the inbox read locks (route/InboxReadLocks, routes/folder-inbox.camel.yaml). */
    public static final String INBOX_LOCKS = "folder-inbox";

    /**
     * What became of a file.
     *
     * @param outcome          {@link FileOutcome#label()}
     * @param inputDestination where the input now is, when the gateway moved it
     * @param outputs          its visible outputs
     * @param resumed          true when an earlier delivery's committed outcome was finished or handed back
     * @param entryId          its journal entry
     */
    public record Result(String outcome, Optional<Path> inputDestination, List<Path> outputs, boolean resumed,
            long entryId) {
        public Result {
            outputs = List.copyOf(outputs);
        }
    }

    private final GatewayDatabase database;
    private final GatewayMetrics metrics;

    FileLifecycle(GatewayDatabase database, GatewayMetrics metrics) {
        this.database = database;
        this.metrics = metrics;
    }

    /** A file the lifecycle already holds an entry for, to be finished rather than processed. */
    public record Known(FileJournal.Entry entry, boolean resumed) {
    }

    /**
     * Claims the file for the core path, unless it is not to be read at all (an odd file: refused
     * and journalled here) or an earlier delivery of it did not finish (its entry is finished
     * instead: outputs handed back, never adjudicated twice). Once done, the same file coming again
     * is a new delivery: processed again, or a duplicate.
     *
     * @return the entry to finish, when the core path must not run
     */
    public Optional<Known> take(Delivery delivery) throws IOException {
        Optional<FileRefusal> refusal = FileRefusal.of(delivery.input());
        if (refusal.isPresent()) {
            return Optional.of(new Known(refuse(delivery, refusal.get()), false));
        }
        Optional<FileJournal.Entry> earlier;
        try {
            String contentSha256 = Sha256.hex(delivery.input());
            earlier = journal(j -> j.latest(delivery.channel(), delivery.name(), contentSha256));
        } catch (IOException | RuntimeException e) {
            if (delivery.firstAttempt()) {
                // Counted here when it fails before the core path reads who sent it.
                metrics.fileReceived("unknown");
            }
            throw e;
        }
        return earlier.filter(entry -> entry.state() != FileJournal.State.DONE).map(entry -> new Known(entry, true));
    }

    /** An input that is not read: its report and the input go to the error folder, journalled. */
    private FileJournal.Entry refuse(Delivery delivery, FileRefusal refusal) throws IOException {
        String name = delivery.name();
        OutputFiles outputs = delivery.outputs();
        StagedOutputs staged = new StagedOutputs();
        staged.write(outputs.errorReport(), refusal.report(name).getBytes(StandardCharsets.UTF_8));
        Optional<Path> destination = outputs.inputDestination("rejected");
        Optional<Path> inputPath = outputs.movedInput(delivery.input(), "rejected");
        String key = refusal.contentKey(name);
        FileJournal.Entry entry = journal(j -> j.record(delivery.channel(), name, key, "rejected", inputPath,
                destination, staged.list()));
        if (delivery.firstAttempt()) {
            metrics.fileReceived("unknown");
        }
        metrics.fileDone("unknown", "rejected", java.time.Duration.ZERO);
        LOG.warn("Refused {}: {}", LogSafe.text(name), refusal.code());
        return entry;
    }

    /**
     * Publishes an entry's outputs and moves its input, as far as they have not got yet; idempotent.
     * An input its channel moves (SFTP) stays {@code published} until the route reports it moved
     * ({@link #delivered}).
     */
    Result finish(FileJournal.Entry entry, boolean resumed) throws IOException {
        publish(entry);
        return place(entry, resumed);
    }

    /** Makes a committed entry's staged outputs visible (each once, never replaced); idempotent. */
    public void publish(FileJournal.Entry entry) throws IOException {
        if (entry.state() == FileJournal.State.COMMITTED) {
            OutputPublisher.publish(entry.outputs());
            advance(entry, FileJournal.State.PUBLISHED);
            LifecycleStep.PUBLISHED.reached();
        }
    }

    /** Moves a published entry's input to its destination, unless its channel does; the entry is then done. */
    public Result place(FileJournal.Entry entry, boolean resumed) throws IOException {
        if (entry.state() != FileJournal.State.DONE && !entry.inputMovedByChannel()) {
            if (entry.inputPath().isPresent() && entry.inputDestination().isPresent()) {
                moveInput(entry.inputPath().get(), entry.inputDestination().get());
                LifecycleStep.MOVED.reached();
            }
            advance(entry, FileJournal.State.DONE);
        }
        return new Result(entry.outcome(), entry.inputDestination(),
                entry.outputs().stream().map(FileJournal.Output::target).toList(), resumed, entry.id());
    }

    /**
     * A file that failed unexpectedly after its retries: its report and the input go to the failed
     * folder, journalled with outcome {@code failed} (nothing else of the file is in the store), so
     * the journal holds every outcome. When the store itself is what failed, the journal cannot take
     * the entry: the report is published and the input moved all the same, and a log line says so.
     *
     * @return where the input went, if it was still there
     */
    public Optional<Path> fail(Path input, FilePlacement placement, String channel, String report)
            throws IOException {
        String name = input.getFileName().toString();
        StagedOutputs staged = new StagedOutputs();
        staged.write(placement.failedReport(name), report.getBytes(StandardCharsets.UTF_8));
        boolean present = Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        Optional<Path> destination = present ? Optional.of(placement.failedInput(name)) : Optional.empty();
        Optional<Path> inputPath = destination.map(d -> input.toAbsolutePath());
        FileJournal.Entry entry;
        try {
            String key = present && Files.isRegularFile(input) && Files.isReadable(input) ? Sha256.hex(input)
                    : Sha256.hex("failed/" + name);
            entry = journal(j -> j.record(channel, name, key, FileOutcome.FAILED, inputPath, destination,
                    staged.list()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} failed and its outcome could not be journalled either ({}): moved to the failed folder"
                    + " without a journal entry", LogSafe.text(name), e.getClass().getName());
            OutputPublisher.publish(staged.list());
            if (destination.isPresent()) {
                moveInput(input, destination.get());
            }
            return destination;
        }
        finish(entry, false);
        return destination;
    }

    /** The channel has moved the input of this entry to its destination: the delivery is finished. */
    public void delivered(long entryId) {
        journal(j -> {
            j.advance(entryId, FileJournal.State.DONE);
            return null;
        });
    }

    /** See {@link FileJournal#deliveryNumber}: names the outputs of a channel that cannot look for free names. */
    public int deliveryNumber(String channel, String fileName, String contentSha256) {
        return journal(j -> j.deliveryNumber(channel, fileName, contentSha256));
    }

    /** Entries a crash left unfinished, oldest first. */
    public List<FileJournal.Entry> unfinished() {
        return journal(FileJournal::unfinished);
    }

    /** The last heartbeat of the inbox read lock on this file, if an instance holds it. */
    Optional<java.time.Instant> inboxReadLock(String fileName) {
        return database.inTransaction(connection -> new InboxReadLockTable(connection).heartbeat(INBOX_LOCKS, fileName));
    }

    /** Whether a journal entry names this staged output. */
    boolean journalled(Path staged) {
        return journal(j -> j.recordsStaged(staged));
    }

    /** Moves without replacing; an input already at its destination has been moved. */
    static void moveInput(Path from, Path to) throws IOException {
        if (!Files.exists(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            throw new IOException("Input " + LogSafe.text(from.getFileName().toString())
                    + " is neither in the inbox nor at its destination");
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to);
    }

    private void advance(FileJournal.Entry entry, FileJournal.State state) {
        journal(j -> {
            j.advance(entry.id(), state);
            return null;
        });
    }

    private <T> T journal(Function<FileJournal, T> work) {
        return database.inTransaction(connection -> work.apply(new FileJournal(connection)));
    }
}
