package io.claimgateway.gateway;

import io.claimgateway.store.FileJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of one attempt at a file, written under hidden temporary names ({@code .<name>.part})
 * beside their final names. Nothing here is visible to a downstream reader until
 * {@link OutputPublisher} publishes it, after the file's outcome has committed.
 */
final class StagedOutputs {

    private final List<FileJournal.Output> outputs = new ArrayList<>();

    /** The hidden name {@code target} is written under; its directory is created. */
    static Path stagedName(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    /** A staged file for {@code target}, to be filled by the caller. */
    Path stage(Path target) throws IOException {
        Path staged = stagedName(target);
        outputs.removeIf(output -> output.target().equals(target));
        outputs.add(new FileJournal.Output(staged, target));
        return staged;
    }

    void write(Path target, byte[] content) throws IOException {
        Files.write(stage(target), content);
    }

    List<FileJournal.Output> list() {
        return List.copyOf(outputs);
    }

    /** Drops this attempt's outputs (a rollback): the next attempt starts from nothing. */
    void discard() throws IOException {
        for (FileJournal.Output output : outputs) {
            Files.deleteIfExists(output.staged());
        }
        outputs.clear();
    }
}
