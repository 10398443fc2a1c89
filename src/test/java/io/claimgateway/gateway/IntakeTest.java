package io.claimgateway.gateway;

import io.claimgateway.config.ConfigurationLayers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.parse.RejectionReason;
import java.nio.file.Files;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intake guarantees of the core path on a real H2 file store: a file is adjudicated once (by
 * content or by sender + ISA13), across restarts; a file that fails part-way leaves no paid
 * history; unknown senders and guides a partner is not set up for are refused.
 */
class IntakeTest {

    private static final Path SAMPLE = Path.of("samples/01-harborview-oncology.837p.x12");

    @TempDir
    Path dir;

    @Test
    void theSameFileDeliveredAgainIsADuplicateAndLeavesTheHistoryAlone() throws Exception {
        try (Gateway gateway = open()) {
            assertInstanceOf(FileOutcome.Processed.class, process(gateway, SAMPLE, "first"));
            int paid = paidLines(gateway);

            Path copy = Files.copy(SAMPLE, dir.resolve("resent.x12"));
            FileOutcome.Duplicate duplicate = assertInstanceOf(FileOutcome.Duplicate.class,
                    process(gateway, copy, "second"));

            assertEquals(RejectionReason.DUPLICATE_INTERCHANGE, duplicate.reason().reason());
            assertTrue(duplicate.reason().message().startsWith(
                    "The same content was processed before as 01-harborview-oncology.837p.x12 at "));
            assertTrue(Files.readString(dir.resolve("second/resent.x12.duplicate.txt"))
                    .endsWith("\nAcknowledgment: none (a repeated interchange is not answered again)\n"),
                    "no TA1 is written for a duplicate, and the report says so");
            assertFalse(Files.exists(dir.resolve("second/resent.x12.835")));
            assertEquals(paid, paidLines(gateway));
        }
    }

    @Test
    void aNewFileReusingSenderAndInterchangeControlNumberIsADuplicateAcrossRestarts() throws Exception {
        try (Gateway gateway = open()) {
            process(gateway, SAMPLE, "first");
        }
        // Same ISA06 and ISA13, other content (one more character in a name).
        Path edited = Files.writeString(dir.resolve("edited.x12"),
                Files.readString(SAMPLE).replace("HARBORVIEW ONCOLOGY ASSOCIATES", "HARBORVIEW ONCOLOGY ASSOCIATESX"));
        try (Gateway restarted = open()) {
            FileOutcome.Duplicate duplicate = assertInstanceOf(FileOutcome.Duplicate.class,
                    process(restarted, edited, "second"));
            assertTrue(duplicate.reason().message().startsWith(
                    "Interchange 000000101 from sender NCX0001 was processed before as 01-harborview-oncology.837p.x12"),
                    duplicate.reason().message());
        }
    }

    @Test
    void aFileThatFailsPartWayLeavesNoHistoryAndIsProcessedCleanlyOnceFixed() throws Exception {
        String text = Files.readString(SAMPLE);
        int lastCharge = text.lastIndexOf("SV1*HC:");
        Path broken = Files.writeString(dir.resolve("01-harborview-oncology.837p.x12"),
                text.substring(0, lastCharge) + text.substring(lastCharge).replaceFirst("\\*(\\d+)\\*UN", "*1X0*UN"));
        try (Gateway gateway = open()) {
            FileOutcome.Rejected rejected = assertInstanceOf(FileOutcome.Rejected.class,
                    process(gateway, broken, "first"));
            assertEquals(RejectionReason.ELEMENT_INVALID, rejected.rejection().reason());
            assertEquals(0, paidLines(gateway), "claims adjudicated before the failure were rolled back");

            Files.copy(SAMPLE, broken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            FileOutcome.Processed processed = assertInstanceOf(FileOutcome.Processed.class,
                    process(gateway, broken, "second"));
            assertEquals(new java.math.BigDecimal("2050.00"), processed.paid());
            assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.x12.claims.json")),
                    Files.readString(dir.resolve("second/01-harborview-oncology.837p.x12.claims.json")));
            // The bad amount was found before adjudication began: no 835 control number was spent on it.
            assertTrue(Files.readString(dir.resolve("second/01-harborview-oncology.837p.x12.835"))
                    .contains("*00501*000000001*"));
        }
    }

    @Test
    void aSetTheParserRefusesAfterAnEarlierSetWasAdjudicatedIsRejectedAloneAndTheRestPaidOnce() throws Exception {
        // Set 0002 is fixed in its count but has its SV1 before its LX. Without the guide's structure
        // checks only the parser finds that, after set 0001's claim was adjudicated: that attempt is
        // rolled back and the file goes again. Daffodil gives up at the claim whose loop it cannot
        // finish, so the IK3 names that CLM. (With the checks, the envelope pass names the SV1.)
        String text = Files.readString(Path.of("samples/06-harborview-one-broken-set.837p.x12"));
        int second = text.indexOf("ST*837*0002");
        int lx = text.indexOf("LX*1~\n", second);
        int sv1End = text.indexOf("~\n", text.indexOf("SV1*", lx)) + 2;
        String swapped = text.substring(lx + 6, sv1End) + "LX*1~\n";
        text = text.substring(0, lx) + swapped + text.substring(sv1End);
        text = text.replace("SE*27*0002", "SE*24*0002");
        Path file = Files.writeString(dir.resolve("06-structure.837p.x12"), text);
        try (Gateway gateway = Gateway.open(properties(), AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)),
                new SimpleMeterRegistry(), version -> Optional.empty())) {
            FileOutcome.Processed processed = assertInstanceOf(FileOutcome.Processed.class,
                    process(gateway, file, "out"));
            assertEquals(2, processed.claims());
            assertEquals(2, paidLines(gateway), "set 0001 and set 0003 paid once each, nothing of set 0002");
            String ack = Files.readString(dir.resolve("out/06-structure.837p.x12.999"));
            assertTrue(ack.contains("AK2*837*0002*005010X222A1~\nIK3*CLM*18**2~\nIK5*R*5~"), ack);
            assertTrue(ack.contains("AK9*P*3*3*2~"), ack);
        }
    }

    @Test
    void aSenderThatIsNotAPartnerIsRefused() throws Exception {
        Properties properties = properties();
        properties.setProperty("gateway.partners", "ACME01");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)))) {
            FileOutcome.Rejected rejected = assertInstanceOf(FileOutcome.Rejected.class,
                    process(gateway, SAMPLE, "out"));
            assertEquals(RejectionReason.UNKNOWN_SENDER, rejected.rejection().reason());
            assertEquals("Interchange 000000101 comes from sender NCX0001, which is not a configured trading partner",
                    rejected.rejection().message());
        }
    }

    @Test
    void aFileInAnotherPartnersChannelIsRefused() throws Exception {
        Properties properties = properties();
        properties.setProperty("gateway.partners", "NCX0001,ACME01");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)))) {
            FileOutcome.Rejected rejected = assertInstanceOf(FileOutcome.Rejected.class, gateway.processor()
                    .process(SAMPLE, OutputFiles.inDirectory(dir.resolve("out"), "a.x12"), Optional.of("ACME01")));
            assertEquals(RejectionReason.SENDER_NOT_CHANNEL_PARTNER, rejected.rejection().reason());
            assertEquals("Interchange 000000101 names sender NCX0001 but came through the channel of partner ACME01",
                    rejected.rejection().message());
            assertInstanceOf(FileOutcome.Processed.class, gateway.processor()
                    .process(SAMPLE, OutputFiles.inDirectory(dir.resolve("out"), "b.x12"), Optional.of("NCX0001")));
        }
    }

    @Test
    void aGuideThePartnerIsNotSetUpForIsRefused() throws Exception {
        Properties properties = properties();
        properties.setProperty("partner.NCX0001.versions", "005010X222A1");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)))) {
            FileOutcome.Rejected rejected = assertInstanceOf(FileOutcome.Rejected.class,
                    process(gateway, Path.of("samples/04-lakeside-cancer-center.837i.x12"), "out"));
            assertEquals(RejectionReason.PARTNER_VERSION_NOT_ACCEPTED, rejected.rejection().reason());
            assertEquals("Partner NCX0001 is not set up for 005010X223A2 (set up for 005010X222A1)",
                    rejected.rejection().message());
        }
    }

    private Gateway open() {
        return Gateway.open(properties(), AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)));
    }

    private Properties properties() {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:file:" + dir.resolve("db/gateway").toAbsolutePath());
        return properties;
    }

    private FileOutcome process(Gateway gateway, Path file, String out) throws Exception {
        return gateway.processor().process(file, OutputFiles.inDirectory(dir.resolve(out),
                file.getFileName().toString()));
    }

    private static int paidLines(Gateway gateway) throws Exception {
        try (Connection connection = gateway.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM paid_line")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
