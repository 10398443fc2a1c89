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
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up, before any route runs: every file whose outcome committed but whose outputs or input
 * had not all reached their place (a crash) is finished from its journal entry, and staged outputs
 * of attempts that never committed are removed. Nothing is adjudicated here.
 *
 * <p>Other instances may be running on the same store and folders: an unfinished entry may be a
 * live instance's file between its commit and its last move. So an entry is finished here only
 * when its owner is gone: not updated for longer than the read lock's max age, and (inbox files)
 * its read lock not held by a live instance either (a live holder keeps its lock's heartbeat
 * fresh). Younger entries are waited for, at most about that max age: by then their live owner
 * has finished them, or they are orphans. An SFTP delivery waiting for its channel to move the
 * input on the server is left to its route: it is finished when the file is taken again.
 */
public final class LifecycleRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleRecovery.class);
    private static final Pattern STAGED = Pattern.compile("\\..+\\.part");
    private static final Duration PAUSE = Duration.ofMillis(500);

    private final FileLifecycle lifecycle;
    private final Duration staleAfter;
    private final Duration patience;
    private final Clock clock;

    /**
     * @param staleAfter how long an entry (and an inbox file's read lock) must have been left alone
     *                   before its owner counts as gone, and an unjournalled staged output as
     *                   abandoned: the inbox read lock's max age (see {@link #removeUncommitted})
     */
    public LifecycleRecovery(FileLifecycle lifecycle, Duration staleAfter) {
        this(lifecycle, staleAfter, staleAfter.plus(PAUSE), Clock.systemUTC());
    }

    /** @param patience how long to wait for entries that are not yet orphans */
    LifecycleRecovery(FileLifecycle lifecycle, Duration staleAfter, Duration patience, Clock clock) {
        this.lifecycle = lifecycle;
        this.staleAfter = staleAfter;
        this.patience = patience;
        this.clock = clock;
    }

    /** @param outputFolders folders outputs are staged in, to clear of uncommitted attempts */
    public int recover(List<Path> outputFolders) throws IOException, InterruptedException {
        int finished = 0;
        long rounds = Math.max(1, patience.toMillis() / PAUSE.toMillis() + 1);
        for (long round = 1; ; round++) {
            int waiting = 0;
            for (FileJournal.Entry entry : lifecycle.unfinished()) {
                if (entry.inputMovedByChannel() && entry.state() == FileJournal.State.PUBLISHED) {
                    continue;
                }
                if (!orphaned(entry)) {
                    waiting++;
                } else if (finish(entry)) {
                    finished++;
                }
            }
            if (waiting == 0) {
                break;
            }
            if (round >= rounds) {
                LOG.info("Leaving {} unfinished journal entries to the live instances that own them", waiting);
                break;
            }
            if (round == 1) {
                LOG.info("Waiting up to {} s for {} unfinished journal entries of a live instance or a recent crash",
                        patience.toSeconds(), waiting);
            }
            Thread.sleep(PAUSE.toMillis());
        }
        for (Path folder : outputFolders) {
            removeUncommitted(folder);
        }
        return finished;
    }

    /** Whether no live instance owns the entry any more (see the class comment). */
    private boolean orphaned(FileJournal.Entry entry) {
        Instant staleBefore = clock.instant().minus(staleAfter);
        if (!entry.updatedAt().isBefore(staleBefore)) {
            return false;
        }
        if (entry.inputPath().isEmpty()) {
            return true;
        }
        Optional<Instant> lock = lifecycle.inboxReadLock(entry.fileName());
        return lock.isEmpty() || lock.get().isBefore(staleBefore);
    }

    private boolean finish(FileJournal.Entry entry) {
        try {
            FileLifecycle.Result result = lifecycle.finish(entry, true);
            LOG.info("Recovered {} ({}): its committed outcome {} finished, not processed again",
                    LogSafe.text(entry.fileName()), entry.channel(), result.outcome());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not finish {} ({}) from its journal entry {}: {}", LogSafe.text(entry.fileName()),
                    entry.channel(), entry.id(), e.getClass().getName());
            return false;
        }
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
