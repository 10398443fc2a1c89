package io.claimgateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.gateway.GatewayProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder route of routes/folder-inbox.camel.yaml against real folders: a good 837 gives its
 * 835 in the outbox and moves to the archive; a bad one moves to the error folder beside its
 * report; the route keeps running after either.
 */
class FolderInboxRouteTest {

    @TempDir
    Path root;

    private Gateway gateway;
    private CamelContext camel;

    @BeforeEach
    void startRoute() throws Exception {
        Properties properties = GatewayProperties.load(Optional.empty());
        properties.setProperty("gateway.folders.root", root.toString());
        properties.setProperty("gateway.folders.poll-delay-ms", "100");
        properties.setProperty("gateway.folders.read-lock-min-age-ms", "100");
        properties.setProperty("gateway.retry.delay-ms", "50");
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:route-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)));

        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setInitialProperties(properties);
        camel.getRegistry().bind("inboundFileProcessor", new InboundFileProcessor(gateway.processor(),
                root.resolve("outbox"), root.resolve("claims"), root.resolve("archive"), root.resolve("error"),
                root.resolve("duplicate")));
        for (String routes : new String[] {"gateway-errors.camel.yaml", "folder-inbox.camel.yaml"}) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(camel, "file:routes/" + routes));
        }
        camel.start();
    }

    @AfterEach
    void stopRoute() {
        camel.stop();
        gateway.close();
    }

    @Test
    void aGood837IsAnsweredWithItsGolden835AndArchived() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel).whenCompleted(1).create();

        drop("samples/01-harborview-oncology.837p.x12");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route completes the file");
        assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.835")),
                Files.readString(root.resolve("outbox/01-harborview-oncology.837p.835")));
        assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.claims.json")),
                Files.readString(root.resolve("claims/01-harborview-oncology.837p.claims.json")));
        assertTrue(Files.exists(root.resolve("archive/01-harborview-oncology.837p.x12")));
        assertFalse(Files.exists(root.resolve("inbox/01-harborview-oncology.837p.x12")));
    }

    @Test
    void aBadFileGoesToTheErrorFolderWithItsReportAndTheRouteGoesOn() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel).whenCompleted(2).create();

        drop("samples/rejected/r01-wrong-se-count.837p.x12");
        drop("samples/02-harborview-granite-two-st.837p.x12");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route completes both files");
        assertTrue(Files.exists(root.resolve("error/r01-wrong-se-count.837p.x12")));
        assertEquals(Files.readString(Path.of("samples/expected/r01-wrong-se-count.837p.error.txt")),
                Files.readString(root.resolve("error/r01-wrong-se-count.837p.error.txt")));
        assertFalse(Files.exists(root.resolve("outbox/r01-wrong-se-count.837p.835")));
        assertTrue(Files.exists(root.resolve("archive/02-harborview-granite-two-st.837p.x12")));
        assertTrue(Files.exists(root.resolve("outbox/02-harborview-granite-two-st.837p.835")));
        assertTrue(isEmpty(root.resolve("inbox")), "nothing is left behind in the inbox");
    }

    @Test
    void aFileStillBeingWrittenUnderAPartNameIsNotPickedUp() throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        Files.copy(Path.of("samples/01-harborview-oncology.837p.x12"),
                root.resolve("inbox/01-harborview-oncology.837p.x12.part"));
        NotifyBuilder done = new NotifyBuilder(camel).whenCompleted(1).create();

        assertFalse(done.matches(2, TimeUnit.SECONDS), "a .part file is left alone");
        Files.move(root.resolve("inbox/01-harborview-oncology.837p.x12.part"),
                root.resolve("inbox/01-harborview-oncology.837p.x12"), StandardCopyOption.ATOMIC_MOVE);

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the renamed file is processed");
        assertTrue(Files.exists(root.resolve("outbox/01-harborview-oncology.837p.835")));
    }

    @Test
    void whenTheStoreIsGoneTheFileIsRetriedThenMovedToTheFailedFolderWithTheReason() throws Exception {
        gateway.database().close();
        NotifyBuilder failed = new NotifyBuilder(camel).whenFailed(1).create();

        drop("samples/01-harborview-oncology.837p.x12");

        assertTrue(failed.matches(30, TimeUnit.SECONDS), "the exchange fails after its retries");
        assertTrue(Files.exists(root.resolve("failed/01-harborview-oncology.837p.x12")));
        assertTrue(Files.readString(root.resolve("failed/01-harborview-oncology.837p.failed.txt"))
                .startsWith("File: 01-harborview-oncology.837p.x12\nFailed: io.claimgateway.store.StoreException: "));
        assertFalse(Files.exists(root.resolve("outbox/01-harborview-oncology.837p.835")));
        assertTrue(camel.getRouteController().getRouteStatus("folder-inbox").isStarted(), "the route runs on");
    }

    private void drop(String sample) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path source = Path.of(sample);
        Path part = inbox.resolve(source.getFileName() + ".part");
        Files.copy(source, part);
        Files.move(part, inbox.resolve(source.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path directory) throws Exception {
        try (var files = Files.list(directory)) {
            return files.findAny().isEmpty();
        }
    }
}
