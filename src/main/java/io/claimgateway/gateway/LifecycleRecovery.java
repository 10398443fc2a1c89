package io.claimgateway.gateway;

import io.claimgateway.store.FileJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up, before any route runs: every file whose outcome committed but whose outputs or input
 * had not all reached their place (a crash) is finished from its journal entry, and staged outputs
 * of attempts that never committed are removed. Nothing is adjudicated here.
 */
public final class LifecycleRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleRecovery.class);
    private static final Pattern STAGED = Pattern.compile("\\..+\\.part");

    private final FileLifecycle lifecycle;

    public LifecycleRecovery(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** @param outputFolders folders outputs are staged in, to clear of uncommitted attempts */
    public int recover(List<Path> outputFolders) throws IOException {
        int finished = 0;
        for (FileJournal.Entry entry : lifecycle.unfinished()) {
            try {
                FileLifecycle.Result result = lifecycle.finish(entry, true);
                LOG.info("Recovered {} ({}): its committed outcome {} finished, not processed again",
                        LogSafe.text(entry.fileName()), entry.channel(), result.outcome());
                finished++;
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not finish {} ({}) from its journal entry {}: {}", LogSafe.text(entry.fileName()),
                        entry.channel(), entry.id(), e.getClass().getName());
            }
        }
        for (Path folder : outputFolders) {
            removeUncommitted(folder);
        }
        return finished;
    }

    private static void removeUncommitted(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> STAGED.matcher(f.getFileName().toString()).matches()).toList()) {
                LOG.info("Removing {}: staged by an attempt that never committed", LogSafe.text(file.toString()));
                Files.deleteIfExists(file);
            }
        }
    }
}
