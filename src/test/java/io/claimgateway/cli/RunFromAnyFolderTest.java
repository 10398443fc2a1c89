package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} started in a folder that holds no routes/ and no samples/: the routes and the sample
 * reference data come from the class path (the jar), ./gateway.properties is read, and its relative
 * folder is relative to it; a local routes folder adds a route to the shipped ones.
 */
class RunFromAnyFolderTest {

    private static final Path SAMPLE = Path.of("samples/01-harborview-oncology.837p.x12");
    private static final String NAME = SAMPLE.getFileName().toString();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    @Test
    void runAnswersADroppedFileFromAFolderOfItsOwn() throws Exception {
        Files.writeString(folder.resolve("gateway.properties"), """
                # relative to this file's folder
                gateway.folders.root=data
                gateway.folders.poll-delay-ms=100
                gateway.folders.read-lock-min-age-ms=100
                camel.management.enabled=false
                camel.main.shutdown-timeout=10
                """);
        // A route of the operator's own, beside the shipped ones: it logs a line at start-up.
        Files.createDirectories(folder.resolve("routes"));
        Files.writeString(folder.resolve("routes/hello.camel.yaml"), """
                - route:
                    id: hello
                    from:
                      uri: "timer:hello?repeatCount=1"
                      steps:
                        - log: "hello from {{gateway.folders.root}}"
                """);
        Path inbox = Files.createDirectories(folder.resolve("data/inbox"));
        Files.copy(SAMPLE, inbox.resolve(NAME + ".part"));
        Files.move(inbox.resolve(NAME + ".part"), inbox.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);

        try (GatewayProcess run = GatewayProcess.startIn(folder, folder.resolve("run.log"), List.of(),
                List.of("run"))) {
            run.await("the sample answered and archived", TIMEOUT,
                    () -> Files.exists(folder.resolve("data/archive").resolve(NAME))
                            && run.log().contains("hello from " + folder.resolve("data")));
            assertTrue(run.log().contains(" authorizations from classpath:samples/reference/authorizations.csv and "
                    + "6 providers from classpath:samples/reference/providers.csv"), run.log());
        }

        assertEquals(List.of(NAME + ".277", NAME + ".835", NAME + ".999"), GatewayProcess.names(folder.resolve("data/outbox")));
        assertTrue(Files.isDirectory(folder.resolve("work/db")), "the default store is under the working directory");
    }
}
