package io.claimgateway.gateway;

import io.claimgateway.config.ConfigurationLayers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Reprocessing a file" for the folder inbox, through the lifecycle the route calls:
 * a file rejected for our own misconfiguration or failed unexpectedly is processed once the cause
 * is fixed and the operator moves it back into the inbox; the same file moved back once processed
 * is a duplicate. The journal holds every delivery with its outcome; nothing is overwritten.
 * (The SFTP side: SftpPartnerRouteTest.)
 */
class ReprocessingTest {

    private static final String NAME = "01-harborview-oncology.837p.x12";

    @TempDir
    Path root;

    @Test
    void aFileRejectedForOurMisconfigurationIsProcessedWhenMovedBackThenADuplicate() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Files.copy(Path.of("samples", NAME), inbox.resolve(NAME));
        // Our mistake: its sender is not set up as a trading partner.
        try (Gateway gateway = open("OTHER01")) {
            assertEquals("rejected", handle(gateway));
        }
        assertTrue(Files.readString(root.resolve("error/" + NAME + ".error.txt")).contains("\nRejected: ENV017 "));

        // Fixed, and the operator moves the file back into the inbox.
        Files.move(root.resolve("error/" + NAME), inbox.resolve(NAME));
        try (Gateway gateway = open("NCX0001")) {
            assertEquals("processed", handle(gateway));
            assertTrue(Files.exists(root.resolve("archive/" + NAME)));
            assertTrue(Files.exists(root.resolve("outbox/" + NAME + "~2.835")), "the error report's name is not reused");
            assertTrue(Files.exists(root.resolve("error/" + NAME + ".error.txt")), "the first report stays");

            Files.move(root.resolve("archive/" + NAME), inbox.resolve(NAME));
            assertEquals("duplicate", handle(gateway));
            assertTrue(Files.readString(root.resolve("duplicate/" + NAME + "~3.duplicate.txt"))
                    .contains("\nRejected: ENV018 "));
            assertEquals(List.of("rejected done", "processed done", "duplicate done"), journal(gateway));
        }
        assertEquals(List.of(), names(inbox));
    }

    @Test
    void aFailedFileIsJournalledAndProcessedWhenMovedBack() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path input = Files.copy(Path.of("samples", NAME), inbox.resolve(NAME));
        try (Gateway gateway = open("NCX0001")) {
            Optional<Path> moved = gateway.lifecycle().fail(input, placement(), "inbox",
                    FailureReport.of(NAME, new java.sql.SQLTransientConnectionException("store down")));

            assertEquals(Optional.of(root.resolve("failed/" + NAME).toAbsolutePath()), moved);
            assertTrue(Files.readString(root.resolve("failed/" + NAME + ".failed.txt"))
                    .startsWith("File: " + NAME + "\nFailed: java.sql.SQLTransientConnectionException\n"));
            assertEquals(List.of("failed done"), journal(gateway), "the journal holds the failed outcome");
            assertEquals(List.of(), names(inbox));

            Files.move(root.resolve("failed/" + NAME), inbox.resolve(NAME));
            assertEquals("processed", handle(gateway));
            assertEquals(List.of("failed done", "processed done"), journal(gateway));
            assertTrue(Files.exists(root.resolve("outbox/" + NAME + ".835")));
            assertFalse(Files.exists(root.resolve("failed/" + NAME)));
        }
    }

    /** One first delivery through the lifecycle's steps, as the folder route's stages take them. */
    private String handle(Gateway gateway) throws Exception {
        Delivery delivery = new Delivery(root.resolve("inbox/" + NAME), placement().outputsFor(NAME), "inbox",
                Optional.empty(), true);
        FileLifecycle lifecycle = gateway.lifecycle();
        Optional<FileLifecycle.Known> known = lifecycle.take(delivery);
        FileLifecycle.Result result = known.isPresent()
                ? lifecycle.finish(known.get().entry(), known.get().resumed())
                : lifecycle.finish(gateway.core().commit(delivery).entry(), false);
        return result.outcome();
    }

    private FilePlacement placement() {
        return FilePlacement.folders(root.resolve("outbox"), root.resolve("claims"), root.resolve("archive"),
                root.resolve("error"), root.resolve("duplicate"), root.resolve("failed"));
    }

    private Gateway open(String partners) {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:file:" + root.resolve("db/gateway").toAbsolutePath());
        properties.setProperty("gateway.partners", partners);
        return Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)));
    }

    private static List<String> journal(Gateway gateway) {
        return gateway.database().inTransaction(connection -> {
            List<String> entries = new ArrayList<>();
            try (var rs = connection.createStatement().executeQuery(
                    "SELECT outcome, state FROM file_journal WHERE channel = 'inbox' ORDER BY id")) {
                while (rs.next()) {
                    entries.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return entries;
        });
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
