package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.gateway.LifecycleStep;
import io.claimgateway.gateway.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kill -9 at each step of a file's lifecycle, then a restart: a real {@code run} process halts
 * itself (Runtime.halt, as kill -9) the moment the file reaches the step, and is started again.
 * Afterwards the input is in exactly one place (the archive), every output that was visible
 * before the crash is unchanged, the outputs are complete with no staged leftovers, and the paid
 * history and the journal hold the file once.
 */
class CrashRecoveryTest {

    private static final Path SAMPLE = Path.of("samples/01-harborview-oncology.837p.x12");
    private static final String NAME = SAMPLE.getFileName().toString();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static int paidLinesOfOneRun;

    @TempDir
    Path root;

    /** The paid lines one uninterrupted run of the sample records, the same day, in memory. */
    @BeforeAll
    static void paidLinesOfAnUninterruptedRun(@TempDir Path out) throws Exception {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:crash-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.system(Clock.systemDefaultZone()))) {
            gateway.processor().process(SAMPLE, OutputFiles.inDirectory(out, NAME));
            try (Connection connection = gateway.database().dataSource().getConnection()) {
                paidLinesOfOneRun = GatewayProcess.count(connection, "SELECT COUNT(*) FROM paid_line");
            }
        }
        assertTrue(paidLinesOfOneRun > 0);
    }

    @ParameterizedTest
    @EnumSource(LifecycleStep.class)
    void aKillAtAnyStepAndARestartLeaveTheFileInOnePlaceItsOutputsUnchangedAndItsLinesPaidOnce(LifecycleStep step)
            throws Exception {
        Path config = config();
        drop();

        try (GatewayProcess halted = GatewayProcess.start(config, root.resolve("first.log"), step.name())) {
            assertEquals(LifecycleStep.HALT_STATUS, halted.awaitExit(TIMEOUT), halted.log());
        }
        Map<String, String> visibleAtCrash = visible(root.resolve("outbox"));
        boolean published = step.compareTo(LifecycleStep.PUBLISHED) >= 0;
        assertEquals(published, !visibleAtCrash.isEmpty(), "outputs are visible only once published: " + visibleAtCrash);
        Map<String, String> stagedAtCrash = step == LifecycleStep.COMMITTED ? staged(root.resolve("outbox"))
                : Map.of();
        if (step == LifecycleStep.COMMITTED) {
            assertFalse(stagedAtCrash.isEmpty(), "committed outputs wait under hidden names");
        }
        assertEquals(step == LifecycleStep.MOVED, Files.exists(root.resolve("archive").resolve(NAME)));

        try (GatewayProcess restarted = GatewayProcess.start(config, root.resolve("second.log"), null)) {
            restarted.await("the route started and the input archived", TIMEOUT,
                    () -> restarted.log().contains("Started folder-inbox")
                            && Files.exists(root.resolve("archive").resolve(NAME))
                            && GatewayProcess.names(root.resolve("inbox")).isEmpty());
        }

        assertEquals(List.of(NAME), GatewayProcess.names(root.resolve("archive")), "the input is archived, once");
        for (String elsewhere : List.of("inbox", "error", "duplicate", "failed")) {
            assertEquals(List.of(), GatewayProcess.names(root.resolve(elsewhere)), "nothing in " + elsewhere);
        }
        Map<String, String> outbox = visible(root.resolve("outbox"));
        assertEquals(List.of("01-harborview-oncology.837p.x12.277", "01-harborview-oncology.837p.x12.835",
                "01-harborview-oncology.837p.x12.999"), List.copyOf(outbox.keySet()));
        assertEquals(Map.of(), staged(root.resolve("outbox")), "no staged leftovers");
        assertEquals(List.of("01-harborview-oncology.837p.x12.claims.json"), GatewayProcess.names(root.resolve("claims")));
        visibleAtCrash.forEach((name, content) -> assertEquals(content, outbox.get(name), name + " never changes"));
        stagedAtCrash.forEach((name, content) -> assertEquals(content, outbox.get(name),
                name + ": the committed output is the one published"));
        try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "")) {
            assertEquals(paidLinesOfOneRun, GatewayProcess.count(connection, "SELECT COUNT(*) FROM paid_line"), "paid once");
            assertEquals(1, GatewayProcess.count(connection, "SELECT COUNT(*) FROM processed_interchange"));
            assertEquals(1, GatewayProcess.count(connection,
                    "SELECT COUNT(*) FROM file_journal WHERE state = 'done' AND outcome = 'processed'"));
            assertEquals(1, GatewayProcess.count(connection, "SELECT COUNT(*) FROM file_journal"));
        }
    }

    private Path config() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("gateway.folders.root", root.toString());
        properties.setProperty("gateway.folders.poll-delay-ms", "100");
        properties.setProperty("gateway.folders.read-lock-min-age-ms", "100");
        // The killed run's read lock is an orphan the restart takes over after this.
        properties.setProperty("gateway.folders.lock-keep-alive-ms", "300");
        properties.setProperty("gateway.folders.lock-max-age-ms", "2000");
        properties.setProperty("gateway.db.url", databaseUrl());
        properties.setProperty("camel.management.enabled", "false");
        properties.setProperty("camel.main.shutdown-timeout", "10");
        Path config = root.resolve("gateway.properties");
        try (var out = Files.newBufferedWriter(config)) {
            properties.store(out, null);
        }
        return config;
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + root.resolve("db/gateway").toAbsolutePath();
    }

    private void drop() throws IOException {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Files.copy(SAMPLE, inbox.resolve(NAME + ".part"));
        Files.move(inbox.resolve(NAME + ".part"), inbox.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, String> visible(Path folder) throws IOException {
        return contents(folder, false);
    }

    /** Staged files by the name they will be published under. */
    private static Map<String, String> staged(Path folder) throws IOException {
        Map<String, String> staged = new TreeMap<>();
        contents(folder, true).forEach((name, content) ->
                staged.put(name.substring(1, name.length() - ".part".length()), content));
        return staged;
    }

    private static Map<String, String> contents(Path folder, boolean hidden) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (String name : GatewayProcess.names(folder)) {
            if (name.startsWith(".") == hidden) {
                contents.put(name, Files.readString(folder.resolve(name)));
            }
        }
        return contents;
    }


}
