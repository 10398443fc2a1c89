package io.claimgateway.gateway;

import io.claimgateway.config.ConfigurationLayers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.parse.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the gateway's front door and what it answers: values no check would let through
 * never reach an output, hundreds of mutated files never stop the gateway, a partner gets the
 * acknowledgments it is set up for.
 */
class FrontDoorTest {

    private static final Path SAMPLE = Path.of("samples/01-harborview-oncology.837p.x12");
    private static final String MEGABYTE = "A".repeat(1 << 20);

    @TempDir
    Path dir;

    @Test
    void megabyteValuesAreRejectedWithTheirSetAndNeverCopiedIntoAnOutput() throws Exception {
        String text = Files.readString(SAMPLE)
                .replace("NM1*IL*1*ALVAREZ*ROSA", "NM1*IL*1*" + MEGABYTE + "*ROSA")
                .replace("CLM*01-ALVAREZ-1*", "CLM*" + MEGABYTE + "*")
                .replace("SV1*HC:S0353*", "SV1*HC:" + MEGABYTE + "*");
        Path file = Files.writeString(dir.resolve("huge.x12"), text);
        try (Gateway gateway = open(properties())) {
            FileOutcome.Rejected rejected = assertInstanceOf(FileOutcome.Rejected.class, process(gateway, file));
            assertEquals(RejectionReason.ELEMENT_INVALID, rejected.rejection().reason());
            String ack = Files.readString(dir.resolve("out/huge.x12.999"));
            assertTrue(ack.contains("IK3*NM1*13*2010*8~\nIK4*3*1035*5~"), ack);
            assertTrue(ack.contains("IK3*CLM*18*2300*8~\nIK4*1*1028*5~"), ack);
            assertTrue(ack.contains("AK9*R*1*1*0~"), ack);
            try (Stream<Path> outputs = Files.list(dir.resolve("out"))) {
                for (Path output : outputs.toList()) {
                    assertTrue(Files.size(output) < 10_000, output + " is " + Files.size(output) + " bytes");
                }
            }
        }
    }

    @Test
    void threeHundredMutatedFilesEachEndProcessedOrRejectedAndNoneStopsTheGateway() throws Exception {
        List<String> segments = List.of(Files.readString(SAMPLE).split("~\n"));
        Random random = new Random(20261202L);
        List<String> outcomes = new ArrayList<>();
        try (Gateway gateway = open(properties())) {
            for (int i = 0; i < 300; i++) {
                Path file = Files.writeString(dir.resolve("m" + i + ".x12"),
                        mutate(segments, random, i), StandardCharsets.ISO_8859_1);
                FileOutcome outcome = process(gateway, file);
                outcomes.add(outcome.label());
                if (outcome instanceof FileOutcome.Processed processed) {
                    for (Path answer : processed.acknowledgments()) {
                        assertFalse(Files.readString(answer, StandardCharsets.ISO_8859_1).isEmpty(), answer.toString());
                    }
                }
            }
        }
        assertEquals(300, outcomes.size());
        assertTrue(outcomes.contains("processed") && outcomes.contains("rejected"), outcomes.toString());
    }

    @Test
    void aPartnerSetUpForThe999AloneGetsNo277() throws Exception {
        Properties properties = properties();
        properties.setProperty("gateway.partners", "NCX0001");
        properties.setProperty("partner.NCX0001.acknowledgments", "999");
        try (Gateway gateway = open(properties)) {
            FileOutcome.Processed processed = assertInstanceOf(FileOutcome.Processed.class,
                    process(gateway, SAMPLE));
            assertEquals(List.of(dir.resolve("out/01-harborview-oncology.837p.x12.999")), processed.acknowledgments());
            assertFalse(Files.exists(dir.resolve("out/01-harborview-oncology.837p.x12.277")));
        }
    }

    @Test
    void aGroupInAGuideThePartnerIsNotSetUpForIsRejectedAloneAndTheOtherGroupGoesOn() throws Exception {
        Path file = Files.writeString(dir.resolve("two-guides.x12"),
                Files.readString(Path.of("samples/03-harborview-two-gs.837p.x12"))
                        .replace("*1032*X*005010X222A1~", "*1032*X*005010X223A2~")
                        .replace("ST*837*0002*005010X222A1~", "ST*837*0002*005010X223A2~"));
        Properties properties = properties();
        properties.setProperty("gateway.partners", "NCX0001");
        properties.setProperty("partner.NCX0001.versions", "005010X222A1");
        try (Gateway gateway = open(properties)) {
            FileOutcome.Processed processed = assertInstanceOf(FileOutcome.Processed.class, process(gateway, file));
            String ack = Files.readString(dir.resolve("out/two-guides.x12.999"));
            assertTrue(ack.contains("AK1*HC*1031*005010X222A1~\nAK2*837*0001*005010X222A1~\nIK5*A~\nAK9*A*1*1*1~"),
                    ack);
            assertTrue(ack.contains("AK1*HC*1032*005010X223A2~\nAK9*R*1*1*0*2~"), ack);
            assertTrue(processed.claims() > 0);
        }
    }

    @Test
    void anInterchangeAskingForATa1GetsAnAcceptedOne() throws Exception {
        Path file = Files.writeString(dir.resolve("ta1.x12"),
                Files.readString(SAMPLE).replace("*000000101*0*T*:~", "*000000101*1*T*:~"));
        try (Gateway gateway = open(properties())) {
            assertInstanceOf(FileOutcome.Processed.class, process(gateway, file));
            String ta1 = Files.readString(dir.resolve("out/ta1.x12.ta1"));
            assertTrue(ta1.contains("\nTA1*000000101*260320*0915*A*000~\n"), ta1);
        }
    }

    /** One seeded mutation of one segment: the kinds of damage real files carry. */
    private static String mutate(List<String> segments, Random random, int round) {
        List<String> out = new ArrayList<>(segments);
        int index = 3 + random.nextInt(out.size() - 6);
        String segment = out.get(index);
        String[] elements = segment.split("\\*", -1);
        int element = elements.length > 1 ? 1 + random.nextInt(elements.length - 1) : 0;
        String[] damage = {"", "1E400", "ÄÖÜ", "X".repeat(500), "A:B", "-", "99999999999999999999", "20261340",
            "^", "*", " "};
        switch (round % 4) {
            case 0 -> out.remove(index);
            case 1 -> out.add(index, segment);
            default -> {
                elements[element] = damage[random.nextInt(damage.length)];
                out.set(index, String.join("*", elements));
            }
        }
        // Each file its own ISA13, so none is a duplicate of another.
        String control = String.format("%09d", 1000 + round);
        out.set(0, out.get(0).replace("*000000101*", "*" + control + "*"));
        out.set(out.size() - 1, out.get(out.size() - 1).replace("000000101", control));
        return String.join("~\n", out) + "~\n";
    }

    private Gateway open(Properties properties) {
        return Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)));
    }

    private Properties properties() {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:file:" + dir.resolve("db/gateway").toAbsolutePath());
        return properties;
    }

    private FileOutcome process(Gateway gateway, Path file) throws Exception {
        return gateway.processor().process(file, OutputFiles.inDirectory(dir.resolve("out"),
                file.getFileName().toString()));
    }
}
