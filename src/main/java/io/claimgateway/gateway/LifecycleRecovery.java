package io.claimgateway.gateway;

import io.claimgateway.store.FileJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final Duration staleAfter;
    private final Clock clock;

    /**
     * @param staleAfter how old an unjournalled staged output must be before it is removed: the
     *                   inbox read lock's max age (see {@link #removeUncommitted})
     */
    public LifecycleRecovery(FileLifecycle lifecycle, Duration staleAfter) {
        this(lifecycle, staleAfter, Clock.systemUTC());
    }

    LifecycleRecovery(FileLifecycle lifecycle, Duration staleAfter, Clock clock) {
        this.lifecycle = lifecycle;
        this.staleAfter = staleAfter;
        this.clock = clock;
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

    /**
     * Removes staged outputs of attempts that never committed. Several instances may share these
     * folders, and a staged file without a journal entry may be the work in progress of another
     * live instance (it stages, then commits its journal entry): removing that would lose outputs
     * it is about to publish. So a staged file is removed only when no journal entry names it (a
     * committed one is published by whoever finishes its entry, never removed) AND it has not been
     * written for longer than the read lock's max age: a live instance holding the file keeps its
     * lock alive, so staging that old belongs to an instance whose lock would have been taken over,
     * i.e. one that crashed. Anything younger is left; a later start-up removes it.
     */
    private void removeUncommitted(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant staleBefore = clock.instant().minus(staleAfter);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> STAGED.matcher(f.getFileName().toString()).matches()).toList()) {
                FileTime modified;
                try {
                    modified = Files.getLastModifiedTime(file);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (!modified.toInstant().isBefore(staleBefore)) {
                    LOG.info("Leaving {}: staged recently, possibly by another live instance",
                            LogSafe.text(file.toString()));
                } else if (lifecycle.journalled(file)) {
                    LOG.info("Leaving {}: its outcome committed, its entry publishes it", LogSafe.text(file.toString()));
                } else {
                    LOG.info("Removing {}: staged by an attempt that never committed", LogSafe.text(file.toString()));
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
