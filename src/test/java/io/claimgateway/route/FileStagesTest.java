package io.claimgateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.GatewayConfiguration;
import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.CheckedFile;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.store.FileJournal;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder route's stages one at a time, on one exchange, with what each leaves behind: the
 * envelope check reads without writing, the adjudication commits without showing anything, the
 * outputs appear only when published, and the input moves last.
 */
class FileStagesTest {

    private static final String SAMPLE = "01-harborview-oncology.837p.x12";

    @TempDir
    Path root;

    private Gateway gateway;
    private GatewayBeans beans;
    private Exchange exchange;

    @BeforeEach
    void dropOneFile() throws Exception {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.folders.root", root.toString());
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:stages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)));
        beans = new GatewayBeans(gateway, GatewayConfiguration.of(properties), gateway.database().dataSource());
        Path input = Files.createDirectories(root.resolve("inbox")).resolve(SAMPLE);
        Files.copy(Path.of("samples", SAMPLE), input);
        GenericFile<File> file = new GenericFile<>();
        file.setFile(input.toFile());
        file.setFileNameOnly(SAMPLE);
        exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setBody(file);
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void eachStageDoesItsOneJobInTurn() throws Exception {
        beans.takeInboxFile().process(exchange);
        assertEquals(null, exchange.getProperty("GatewayJournalled"), "a new file has no journal entry yet");

        beans.checkEnvelope().process(exchange);
        CheckedFile checked = FileExchange.checked(exchange);
        assertEquals(1, checked.summaries().size(), "one transaction set found");
        assertEquals("NCX0001", checked.sender());
        assertFalse(Files.exists(root.resolve("outbox")), "the envelope check writes nothing");

        beans.adjudicateFile().process(exchange);
        FileJournal.Entry entry = FileExchange.journalled(exchange).entry();
        assertEquals("processed", entry.outcome());
        assertEquals(FileJournal.State.COMMITTED, entry.state());
        assertFalse(Files.exists(root.resolve("outbox/" + SAMPLE + ".835")), "nothing visible before publishing");

        beans.publishOutputs().process(exchange);
        assertEquals(Files.readString(Path.of("samples/expected/" + SAMPLE + ".835")),
                Files.readString(root.resolve("outbox/" + SAMPLE + ".835")));
        assertTrue(Files.exists(root.resolve("inbox/" + SAMPLE)), "the input stays until it is placed");

        beans.placeInput().process(exchange);
        assertEquals("processed", exchange.getIn().getHeader(FileExchange.OUTCOME));
        assertTrue(Files.exists(root.resolve("archive/" + SAMPLE)));
        assertFalse(Files.exists(root.resolve("inbox/" + SAMPLE)));
        assertTrue(gateway.lifecycle().unfinished().isEmpty(), "the journal entry is done");
    }

    @Test
    void aStageRunOutOfOrderSaysWhichStageMustRunFirst() throws Exception {
        beans.takeInboxFile().process(exchange);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> beans.adjudicateFile().process(exchange));
        assertTrue(e.getMessage().contains("checkEnvelope"), e.getMessage());
    }
}
