package io.claimgateway.gateway;

import io.claimgateway.store.FileJournal;
import io.claimgateway.store.GatewayDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One file processed and its outputs published at once, into a folder of the caller's own (replay,
 * the bench, tests): outputs of the same name are replaced, the input is left where it is. The
 * routes go through {@link FileLifecycle} instead. Bad input gives a Rejected or Duplicate outcome,
 * never an exception.
 */
public final class DirectFileProcessor {

    /** Journal channel of files handed over directly. */
    static final String CHANNEL = "direct";

    private final ClaimFileProcessor processor;
    private final GatewayDatabase database;

    DirectFileProcessor(ClaimFileProcessor processor, GatewayDatabase database) {
        this.processor = processor;
        this.database = database;
    }

    public FileOutcome process(Path input, OutputFiles outputs) throws IOException {
        return process(input, outputs, Optional.empty());
    }

    /**
     * As {@link #process(Path, OutputFiles)}, for a file delivered through a partner's own channel
     * (its SFTP directory): when that partner is configured, the file must be its own.
     */
    FileOutcome process(Path input, OutputFiles outputs, Optional<String> channel) throws IOException {
        ClaimFileProcessor.CommittedFile committed = processor.commit(new Delivery(input, outputs,
                channel.orElse(CHANNEL), channel, true));
        OutputPublisher.publishReplacing(committed.entry().outputs());
        database.inTransaction(connection -> {
            new FileJournal(connection).advance(committed.entry().id(), FileJournal.State.DONE);
            return null;
        });
        return committed.outcome();
    }
}
