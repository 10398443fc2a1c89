package io.claimgateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.GatewayConfiguration;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import io.claimgateway.store.GatewayDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder route of routes/folder-inbox.camel.yaml against real folders: a good 837 gives its
 * 835 in the outbox and moves to the archive; a bad one moves to the error folder beside its
 * report; the route keeps running after either.
 */
class FolderInboxRouteTest extends CamelMainTestSupport {

    @TempDir
    Path root;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Gateway gateway;
    private GatewayDatabase locks;
    private final Properties properties = ConfigurationLayers.defaults();

    /** The wiring run uses (GatewayBeans), on the layered defaults with test folders and timings. */
    @Override
    protected void configure(MainConfigurationProperties configuration) {
        properties.setProperty("gateway.folders.root", root.toString());
        properties.setProperty("gateway.folders.poll-delay-ms", "100");
        properties.setProperty("gateway.folders.read-lock-min-age-ms", "100");
        properties.setProperty("gateway.folders.lock-keep-alive-ms", "200");
        properties.setProperty("gateway.folders.lock-max-age-ms", "2000");
        properties.setProperty("gateway.retry.delay-ms", "50");
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:route-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)), meters);
        // The read locks in a store of their own: the tests below take the gateway's store away to see
        // the route fail a file, which the locks (claimed before the file is read) would otherwise hide.
        locks = GatewayDatabase.open("jdbc:h2:mem:locks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", Optional.empty());
        // The test's layers, as run gives Camel main its own (setOverrideProperties).
        configuration.addConfiguration(new CamelConfiguration() {
            @Override
            public void configure(CamelContext camel) {
                camel.getPropertiesComponent().setOverrideProperties(properties);
            }
        });
        configuration.addConfiguration(new GatewayBeans(gateway, GatewayConfiguration.of(properties),
                locks.dataSource()));
        configuration.setRoutesIncludePattern("file:routes/gateway-errors.camel.yaml,file:routes/folder-inbox.camel.yaml");
    }

    @AfterEach
    void closeStores() {
        context.stop();
        gateway.close();
        locks.close();
    }

    @Test
    void aGood837IsAnsweredWithItsGolden835AndArchived() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();

        drop("samples/01-harborview-oncology.837p.x12");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route completes the file");
        assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.x12.835")),
                Files.readString(root.resolve("outbox/01-harborview-oncology.837p.x12.835")));
        assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.x12.claims.json")),
                Files.readString(root.resolve("claims/01-harborview-oncology.837p.x12.claims.json")));
        assertTrue(Files.exists(root.resolve("archive/01-harborview-oncology.837p.x12")));
        assertFalse(Files.exists(root.resolve("inbox/01-harborview-oncology.837p.x12")));
    }

    @Test
    void aBadFileGoesToTheErrorFolderWithItsReportAndTheRouteGoesOn() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(2).create();

        drop("samples/rejected/r01-wrong-se-count.837p.x12");
        drop("samples/02-harborview-granite-two-st.837p.x12");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route completes both files");
        assertTrue(Files.exists(root.resolve("error/r01-wrong-se-count.837p.x12")));
        assertEquals(Files.readString(Path.of("samples/expected/r01-wrong-se-count.837p.x12.error.txt")),
                Files.readString(root.resolve("error/r01-wrong-se-count.837p.x12.error.txt")));
        assertFalse(Files.exists(root.resolve("outbox/r01-wrong-se-count.837p.x12.835")));
        assertTrue(Files.exists(root.resolve("archive/02-harborview-granite-two-st.837p.x12")));
        assertTrue(Files.exists(root.resolve("outbox/02-harborview-granite-two-st.837p.x12.835")));
        assertTrue(isEmpty(root.resolve("inbox")), "nothing is left behind in the inbox");
    }

    @Test
    void aFileStillBeingWrittenUnderAPartNameIsNotPickedUp() throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        Files.copy(Path.of("samples/01-harborview-oncology.837p.x12"),
                root.resolve("inbox/01-harborview-oncology.837p.x12.part"));
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();

        assertFalse(done.matches(2, TimeUnit.SECONDS), "a .part file is left alone");
        Files.move(root.resolve("inbox/01-harborview-oncology.837p.x12.part"),
                root.resolve("inbox/01-harborview-oncology.837p.x12"), StandardCopyOption.ATOMIC_MOVE);

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the renamed file is processed");
        assertTrue(Files.exists(root.resolve("outbox/01-harborview-oncology.837p.x12.835")));
    }

    @Test
    void whenTheStoreIsGoneTheFileIsRetriedThenMovedToTheFailedFolderWithTheReason() throws Exception {
        gateway.database().close();
        NotifyBuilder failed = new NotifyBuilder(context).whenFailed(1).create();

        drop("samples/01-harborview-oncology.837p.x12");

        assertTrue(failed.matches(30, TimeUnit.SECONDS), "the exchange fails after its retries");
        assertTrue(Files.exists(root.resolve("failed/01-harborview-oncology.837p.x12")));
        assertTrue(Files.readString(root.resolve("failed/01-harborview-oncology.837p.x12.failed.txt"))
                .startsWith("File: 01-harborview-oncology.837p.x12\nFailed: io.claimgateway.store.StoreException\n"));
        assertFalse(Files.exists(root.resolve("outbox/01-harborview-oncology.837p.x12.835")));
        assertTrue(context.getRouteController().getRouteStatus("folder-inbox").isStarted(), "the route runs on");
        assertEquals(1.0, meters.get("gateway.files.received").counter().count(), "received once, not per retry");
        assertEquals(1.0, meters.get("gateway.files").tag("outcome", "failed").counter().count());
    }

    @Test
    void aFileAnotherInstanceReadAndMovedBeforeThisOneGotItsLockIsLeftAlone() throws Exception {
        FilePlacement placement = FilePlacement.folders(root.resolve("outbox"), root.resolve("claims"),
                root.resolve("archive"), root.resolve("error"), root.resolve("duplicate"), root.resolve("failed"));
        GenericFile<File> listed = new GenericFile<>();
        listed.setFile(root.resolve("inbox/01-harborview-oncology.837p.x12").toFile());
        listed.setFileNameOnly("01-harborview-oncology.837p.x12");
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody(listed);

        new TakeInboxFile(gateway.lifecycle(), placement).process(exchange);

        assertEquals(TakeInboxFile.GONE, exchange.getIn().getHeader(FileExchange.OUTCOME));
        assertEquals(true, exchange.getProperty(FileExchange.GONE));
        for (String folder : new String[] {"outbox", "claims", "archive", "error", "duplicate", "failed"}) {
            assertTrue(!Files.isDirectory(root.resolve(folder)) || isEmpty(root.resolve(folder)), "nothing written to " + folder);
        }
    }

    @Test
    void anEmptyFileIsRejectedNotLeftInTheInbox() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        Files.createDirectories(root.resolve("inbox"));
        Files.createFile(root.resolve("inbox/empty.x12"));

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the empty file is taken");
        assertTrue(Files.exists(root.resolve("error/empty.x12")));
        assertTrue(Files.readString(root.resolve("error/empty.x12.error.txt")).contains("Rejected: ENV001 File is empty\n"));
        assertTrue(isEmpty(root.resolve("inbox")));
    }

    @Test
    void aSymbolicLinkIsRefusedAndMovedAsALinkItsTargetUntouched() throws Exception {
        Path target = Files.copy(Path.of("samples/01-harborview-oncology.837p.x12"), root.resolve("elsewhere.x12"));
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        Files.createDirectories(root.resolve("inbox"));
        Files.createSymbolicLink(root.resolve("inbox/link.x12"), target);

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the link is taken");
        assertTrue(Files.isSymbolicLink(root.resolve("error/link.x12")));
        assertEquals("File: link.x12\nRefused: FIL001 The input is a symbolic link; links are not followed\n"
                + "Acknowledgment: none (the file was not read)\n", Files.readString(root.resolve("error/link.x12.error.txt")));
        assertTrue(Files.exists(target), "the link's target stays where it is");
        assertFalse(Files.exists(root.resolve("outbox/link.x12.835")), "nothing is adjudicated through a link");
        assertTrue(isEmpty(root.resolve("inbox")));
    }

    @Test
    void aNameWithALineBreakIsRefusedAndCannotForgeALogLine() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        drop("samples/01-harborview-oncology.837p.x12", "a\nINFO forged.x12");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the file is taken");
        assertTrue(Files.exists(root.resolve("error/a\nINFO forged.x12")));
        try (var reports = Files.list(root.resolve("error"))) {
            String report = reports.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".error.txt"))
                    .findFirst().orElseThrow();
            assertTrue(report.startsWith("a_INFO forged.x12~"), report);
            assertTrue(Files.readString(root.resolve("error").resolve(report))
                    .startsWith("File: a\\u000AINFO forged.x12\nRefused: FIL004 "));
        }
        assertTrue(isEmpty(root.resolve("inbox")));
        assertFalse(Files.exists(root.resolve("outbox")), "nothing adjudicated");
    }

    @Test
    void aNameTooLongForItsOutputsIsRefusedOnce() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        String name = "n".repeat(240) + ".x12";
        drop("samples/01-harborview-oncology.837p.x12", name);

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the file is taken");
        assertTrue(Files.exists(root.resolve("error").resolve(name)));
        assertTrue(isEmpty(root.resolve("inbox")));
        try (var reports = Files.list(root.resolve("error"))) {
            assertEquals(1, reports.filter(p -> p.toString().endsWith(".error.txt")).count());
        }
    }

    @Test
    void twoInputsWhoseNamesDifferOnlyInTheirExtensionNeverShareAnOutput() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(2).create();
        drop("samples/01-harborview-oncology.837p.x12", "dup.x12");
        drop("samples/02-harborview-granite-two-st.837p.x12", "dup.edi");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "both files are taken");
        try (var outbox = Files.list(root.resolve("outbox"))) {
            assertEquals(2, outbox.filter(p -> p.toString().endsWith(".835")).count(), "two 835s, none overwritten");
        }
        assertTrue(Files.exists(root.resolve("archive/dup.x12")));
        assertTrue(Files.exists(root.resolve("archive/dup.edi")));
    }

    @Test
    void theSameNameSentAgainNeverOverwritesTheFirstOnesOutputsOrInput() throws Exception {
        NotifyBuilder first = new NotifyBuilder(context).whenCompleted(1).create();
        NotifyBuilder both = new NotifyBuilder(context).whenCompleted(2).create();
        drop("samples/01-harborview-oncology.837p.x12");
        assertTrue(first.matches(30, TimeUnit.SECONDS));
        String remittance = Files.readString(root.resolve("outbox/01-harborview-oncology.837p.x12.835"));
        drop("samples/01-harborview-oncology.837p.x12");

        assertTrue(both.matches(30, TimeUnit.SECONDS));
        assertEquals(remittance, Files.readString(root.resolve("outbox/01-harborview-oncology.837p.x12.835")));
        assertTrue(Files.exists(root.resolve("archive/01-harborview-oncology.837p.x12")));
        assertTrue(Files.exists(root.resolve("duplicate/01-harborview-oncology.837p.x12~2")));
        assertTrue(Files.exists(root.resolve("duplicate/01-harborview-oncology.837p.x12~2.duplicate.txt")));
    }

    private void drop(String sample) throws Exception {
        drop(sample, Path.of(sample).getFileName().toString());
    }

    private void drop(String sample, String name) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path part = inbox.resolve(".drop.part");
        Files.copy(Path.of(sample), part);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path directory) throws Exception {
        try (var files = Files.list(directory)) {
            return files.findAny().isEmpty();
        }
    }
}
