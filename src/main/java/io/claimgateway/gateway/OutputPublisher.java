package io.claimgateway.gateway;

import io.claimgateway.store.FileJournal;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Makes committed outputs visible: each staged file is hard-linked under its final name (atomic,
 * and refused when that name exists, so a visible output is never replaced), then its staged name
 * is removed. Publishing again after a crash finishes what is left and changes nothing visible.
 */
final class OutputPublisher {

    private OutputPublisher() {
    }

    static void publish(List<FileJournal.Output> outputs) throws IOException {
        for (FileJournal.Output output : outputs) {
            publish(output.staged(), output.target());
        }
    }

    /** For replay and tests, which write into a folder of their own: same names are replaced. */
    static void publishReplacing(List<FileJournal.Output> outputs) throws IOException {
        for (FileJournal.Output output : outputs) {
            if (Files.exists(output.staged())) {
                Files.move(output.staged(), output.target(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static void publish(Path staged, Path target) throws IOException {
        if (!Files.exists(staged)) {
            if (!Files.exists(target)) {
                throw new IOException("Output " + LogSafe.text(target.getFileName().toString())
                        + " is neither staged nor published");
            }
            return;
        }
        try {
            Files.createLink(target, staged);
        } catch (FileAlreadyExistsException e) {
            // Published before a crash left the staged name behind: the same file under both names.
            if (!Files.isSameFile(target, staged)) {
                throw new IOException("Output " + LogSafe.text(target.getFileName().toString())
                        + " exists already; it is never overwritten", e);
            }
        } catch (UnsupportedOperationException e) {
            Files.move(staged, target);
            return;
        }
        Files.delete(staged);
    }
}
