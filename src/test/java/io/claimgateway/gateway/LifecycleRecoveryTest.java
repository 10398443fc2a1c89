package io.claimgateway.gateway;

import io.claimgateway.config.ConfigurationLayers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.store.FileJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up recovery with several instances on one store and one set of folders: a staged output
 * no journal entry names is removed only once older than the read lock's max age (a younger one
 * may be another live instance's work in progress); a committed entry is finished only once its
 * owner is gone: the entry left alone for longer than that max age and its read lock not held.
 */
class LifecycleRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path outbox;

    @Test
    void onlyStagingOlderThanTheLockMaxAgeIsRemoved() throws Exception {
        Path stale = Files.writeString(outbox.resolve(".old.835.part"), "crashed attempt");
        Files.setLastModifiedTime(stale, FileTime.from(NOW.minus(Duration.ofSeconds(31))));
        Path live = Files.writeString(outbox.resolve(".new.835.part"), "another instance at work");
        Files.setLastModifiedTime(live, FileTime.from(NOW.minus(Duration.ofSeconds(5))));
        Path visible = Files.writeString(outbox.resolve("done.835"), "published");
        Files.setLastModifiedTime(visible, FileTime.from(NOW.minus(Duration.ofDays(1))));

        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:recovery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)))) {
            new LifecycleRecovery(gateway.lifecycle(), Duration.ofSeconds(30), Duration.ZERO,
                    Clock.fixed(NOW, ZoneOffset.UTC)).recover(List.of(outbox));
        }

        assertFalse(Files.exists(stale), "stale uncommitted staging is removed");
        assertTrue(Files.exists(live), "recent staging may be a live instance's: left");
        assertTrue(Files.exists(visible), "visible outputs are never touched");
    }

    @Test
    void aCommittedEntryIsFinishedOnlyOnceNoLiveInstanceOwnsIt() throws Exception {
        Path root = outbox.resolve("work");
        Path input = Files.createDirectories(root.resolve("inbox")).resolve("a.x12");
        Files.writeString(input, "ISA...");
        Path target = Files.createDirectories(root.resolve("outbox")).resolve("a.x12.835");
        Path staged = Files.writeString(root.resolve("outbox/.a.x12.835.part"), "the committed 835");
        Path archived = root.resolve("archive/a.x12");
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:recovery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)))) {
            long id = gateway.database().inTransaction(connection -> new FileJournal(connection).record("inbox",
                    "a.x12", "0".repeat(64), "processed", Optional.of(input), Optional.of(archived),
                    List.of(new FileJournal.Output(staged, target)))).id();
            Instant committed = Instant.now();
            Instant later = committed.plus(Duration.ofSeconds(60));

            recoverAt(gateway, committed.plus(Duration.ofSeconds(5)));
            assertUnfinished(gateway, id, input, staged, "an entry committed 5 s ago may be a live instance's");

            holdReadLock(gateway, "a.x12", later.minus(Duration.ofSeconds(2)));
            recoverAt(gateway, later);
            assertUnfinished(gateway, id, input, staged, "its read lock is alive: its owner is at work");

            gateway.database().inTransaction(connection -> connection.createStatement()
                    .executeUpdate("DELETE FROM CAMEL_MESSAGEPROCESSED"));
            recoverAt(gateway, later);
            assertEquals(FileJournal.State.DONE, state(gateway, id), "an orphan is finished");
            assertEquals("the committed 835", Files.readString(target));
            assertFalse(Files.exists(staged));
            assertTrue(Files.exists(archived));
            assertFalse(Files.exists(input));
        }
    }

    private static void recoverAt(Gateway gateway, Instant now) throws Exception {
        new LifecycleRecovery(gateway.lifecycle(), Duration.ofSeconds(30), Duration.ZERO, Clock.fixed(now, ZoneOffset.UTC))
                .recover(List.of());
    }

    private static void holdReadLock(Gateway gateway, String fileName, Instant heartbeat) {
        gateway.database().inTransaction(connection -> {
            try (var insert = connection.prepareStatement(
                    "INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt) VALUES (?, ?, ?)")) {
                insert.setString(1, FileLifecycle.INBOX_LOCKS);
                insert.setString(2, fileName);
                insert.setTimestamp(3, java.sql.Timestamp.from(heartbeat));
                return insert.executeUpdate();
            }
        });
    }

    private static void assertUnfinished(Gateway gateway, long id, Path input, Path staged, String why) {
        assertEquals(FileJournal.State.COMMITTED, state(gateway, id), why);
        assertTrue(Files.exists(input), why + ": the input stays");
        assertTrue(Files.exists(staged), why + ": its output stays staged");
    }

    private static FileJournal.State state(Gateway gateway, long id) {
        return gateway.lifecycle().unfinished().stream().filter(e -> e.id() == id).map(FileJournal.Entry::state)
                .findFirst().orElse(FileJournal.State.DONE);
    }
}
