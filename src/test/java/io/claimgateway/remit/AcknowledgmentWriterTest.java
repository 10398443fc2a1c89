package io.claimgateway.remit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.parse.EnvelopeScanner;
import io.claimgateway.parse.RejectedEnvelope;
import io.claimgateway.parse.Rejection;
import io.claimgateway.parse.RejectionReason;
import io.claimgateway.parse.ScanPolicy;
import io.claimgateway.parse.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Each rejected sample gets the acknowledgment X12 has for its problem, byte for byte as the golden
 * file under {@code src/test/resources/ack/}, and StAEDI reads it back with matching counts.
 */
class AcknowledgmentWriterTest {

    private static final Path REJECTED = Path.of("samples/rejected");
    private static final long CONTROL_NUMBER = 42;
    private static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 1, 13, 5);

    private final AcknowledgmentWriter writer = new AcknowledgmentWriter(RemitFixtures.payer());

    @Test
    void wrongSeCountIsRejectedInIk5WithCode4() throws IOException {
        Rejection rejection = new Rejection(RejectionReason.SEGMENT_COUNT_MISMATCH,
                "SE01 says 24 segments but the transaction set 0001 has 25 (segment 25, SE)",
                OptionalInt.of(25), Optional.of("SE"), OptionalLong.of(871),
                Optional.of("000000901"), Optional.of("901"), Optional.of("0001"));

        Acknowledgment ack = acknowledge("r01-wrong-se-count.837p.x12", rejection);

        assertGolden("r01-wrong-se-count.837p.999", ack, Acknowledgment.Kind.IMPLEMENTATION_999);
        Envelopes read = Envelopes.read(ack);
        assertEquals(List.of("ISA", "GS", "ST", "AK1", "AK2", "IK5", "AK9", "SE", "GE", "IEA"), read.tags());
        assertEquals(List.of("R", "4"), read.elements("IK5"));
    }

    @Test
    void missingIeaIsRejectedInTa1WithNote023() throws IOException {
        Rejection rejection = Rejection.of(RejectionReason.INTERCHANGE_TRAILER_MISSING,
                "The file ends inside interchange 000000902; IEA is missing")
                .withByteOffset(893)
                .withControlNumbers(Optional.of("000000902"), Optional.empty(), Optional.empty());

        Acknowledgment ack = acknowledge("r02-missing-iea.837p.x12", rejection);

        assertGolden("r02-missing-iea.837p.ta1", ack, Acknowledgment.Kind.TA1);
        Envelopes read = Envelopes.read(ack);
        assertEquals(List.of("ISA", "TA1", "IEA"), read.tags());
        assertEquals(List.of("000000902", "261101", "1200", "R", "023"), read.elements("TA1"));
    }

    @Test
    void remittanceSentByMistakeIsRejectedInAk9WithCode1() throws IOException {
        Rejection rejection = Rejection.of(RejectionReason.GROUP_NOT_HEALTH_CARE_CLAIM,
                "GS01 is HP, not HC (health care claim); only 837 claims are accepted (GS at byte 107)")
                .withTag("GS")
                .withByteOffset(107)
                .withControlNumbers(Optional.of("000000903"), Optional.of("903"), Optional.empty());

        Acknowledgment ack = acknowledge("r03-remittance-835-sent-by-mistake.835.x12", rejection);

        assertGolden("r03-remittance-835-sent-by-mistake.835.999", ack, Acknowledgment.Kind.IMPLEMENTATION_999);
        Envelopes read = Envelopes.read(ack);
        assertEquals(List.of("HP", "903", "005010X221A1"), read.elements("AK1"));
        assertEquals(List.of("R", "1", "1", "0", "1"), read.elements("AK9"));
    }

    @Test
    void fileWithoutIsaGetsNoAcknowledgment() throws IOException {
        Rejection rejection = Rejection.of(RejectionReason.NO_INTERCHANGE_HEADER,
                "The file does not start with ISA; it starts with \"GS*\"").withTag("ISA").withByteOffset(0);

        RejectedEnvelope envelope = RejectedEnvelope.read(REJECTED.resolve("r04-no-isa.837p.x12"), rejection);

        assertEquals(RejectedEnvelope.unknown(), envelope);
        assertEquals(Optional.empty(), writer.write(rejection, envelope, CONTROL_NUMBER, PRODUCED));
    }

    @Test
    void unplaceableSegmentIsRejectedInIk3AtItsPosition() throws IOException {
        Rejection rejection = new Rejection(RejectionReason.STRUCTURE,
                "The schema cannot place segment LX in transaction set 0001 (segment 18, LX)"
                        + " (parser: initiator 'SE' not found)",
                OptionalInt.of(18), Optional.of("LX"), OptionalLong.of(726),
                Optional.of("000000905"), Optional.of("905"), Optional.of("0001"));

        Acknowledgment ack = acknowledge("r05-sv1-before-clm.837p.x12", rejection);

        assertGolden("r05-sv1-before-clm.837p.999", ack, Acknowledgment.Kind.IMPLEMENTATION_999);
        Envelopes read = Envelopes.read(ack);
        assertEquals(List.of("LX", "18", "", "2"), read.elements("IK3"));
        assertEquals(List.of("R", "5"), read.elements("IK5"));
    }

    @Test
    void elementErrorAddsIk4() {
        RejectedEnvelope envelope = envelope(Optional.of("0001"));
        Rejection rejection = Rejection.of(RejectionReason.TRANSACTION_ELEMENT_NOT_NUMERIC, "SE01 is not a number")
                .withTag("SE").withPosition(25);

        String x12 = writer.write(rejection, envelope, 7, PRODUCED).orElseThrow().x12();

        assertTrue(x12.contains("AK2*837*0001*005010X222A1~\nIK3*SE*25**8~\nIK4*1**6~\nIK5*R*5~\nAK9*R*1*1*0~\n"
                + "SE*8*0001~\n"), x12);
        Envelopes.read(new Acknowledgment(Acknowledgment.Kind.IMPLEMENTATION_999, x12));
    }

    @Test
    void transactionProblemWithoutKnownSt02IsReportedInAk9Only() {
        Rejection rejection = Rejection.of(RejectionReason.CLAIM_DATA, "CLM02 is missing").withTag("CLM");

        String x12 = writer.write(rejection, envelope(Optional.empty()), 7, PRODUCED).orElseThrow().x12();

        assertTrue(x12.contains("AK1*HC*901*005010X222A1~\nAK9*R*1*1*0~\nSE*4*0001~\n"), x12);
    }

    @Test
    void groupProblemWithoutGs06GetsNoAcknowledgment() {
        RejectedEnvelope noGroup = new RejectedEnvelope(Optional.of("ZZ"), Optional.of("NCX0001"),
                Optional.of("261101"), Optional.of("1200"), Optional.of("000000901"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 0, Optional.empty(),
                Optional.empty(), Optional.empty());

        assertEquals(Optional.empty(), writer.write(Rejection.of(RejectionReason.GROUP_TRAILER_MISSING, "no GE"),
                noGroup, 7, PRODUCED));
    }

    @Test
    void controlNumberMustFitIsa13() {
        Rejection rejection = Rejection.of(RejectionReason.INTERCHANGE_TRAILER_MISSING, "no IEA");
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(rejection, envelope(Optional.empty()), 1_000_000_000L, PRODUCED));
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(rejection, envelope(Optional.empty()), 0, PRODUCED));
    }

    /** The hand-built rejections above are the ones the envelope scanner gives for these samples. */
    @Test
    void handBuiltRejectionsAreTheScannersOwn() throws IOException {
        assertScannerGives("r01-wrong-se-count.837p.x12", RejectionReason.SEGMENT_COUNT_MISMATCH, OptionalInt.of(25),
                871, Optional.of("0001"));
        assertScannerGives("r02-missing-iea.837p.x12", RejectionReason.INTERCHANGE_TRAILER_MISSING,
                OptionalInt.empty(), 893, Optional.empty());
        assertScannerGives("r03-remittance-835-sent-by-mistake.835.x12", RejectionReason.GROUP_NOT_HEALTH_CARE_CLAIM,
                OptionalInt.empty(), 107, Optional.empty());
        assertScannerGives("r04-no-isa.837p.x12", RejectionReason.NO_INTERCHANGE_HEADER, OptionalInt.empty(), 0,
                Optional.empty());
    }

    private static void assertScannerGives(String sample, RejectionReason reason, OptionalInt position, long offset,
            Optional<String> st02) throws IOException {
        ScanResult result = new EnvelopeScanner(ScanPolicy.strict()).scan(REJECTED.resolve(sample));
        Rejection rejection = ((ScanResult.Rejected) result).rejection();
        assertEquals(reason, rejection.reason(), sample);
        assertEquals(position, rejection.segmentPosition(), sample);
        assertEquals(OptionalLong.of(offset), rejection.byteOffset(), sample);
        assertEquals(st02, rejection.transactionControlNumber(), sample);
    }

    private static RejectedEnvelope envelope(Optional<String> st02) {
        return new RejectedEnvelope(Optional.of("ZZ"), Optional.of("NCX0001"), Optional.of("261101"),
                Optional.of("1200"), Optional.of("000000901"), Optional.of("HC"), Optional.of("NCX0001"),
                Optional.of("901"), Optional.of("005010X222A1"), OptionalInt.of(1), 1,
                Optional.of("837"), st02, Optional.of("005010X222A1"));
    }

    private Acknowledgment acknowledge(String sample, Rejection rejection) throws IOException {
        RejectedEnvelope envelope = RejectedEnvelope.read(REJECTED.resolve(sample), rejection);
        return writer.write(rejection, envelope, CONTROL_NUMBER, PRODUCED).orElseThrow();
    }

    private static void assertGolden(String name, Acknowledgment ack, Acknowledgment.Kind kind) throws IOException {
        assertEquals(kind, ack.kind());
        assertTrue(name.endsWith("." + kind.fileExtension()), name);
        try (InputStream in = AcknowledgmentWriterTest.class.getResourceAsStream("/ack/" + name)) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.US_ASCII),
                    new String(ack.bytes(), StandardCharsets.US_ASCII), name);
        }
    }

    /**
     * The acknowledgment as StAEDI reads it, with control structure validation on; checks SE01, SE02,
     * GE01, GE02, IEA01 and IEA02 against what was read, independently of the writer.
     */
    private record Envelopes(List<String> tags, Map<String, List<String>> segments) {

        List<String> elements(String tag) {
            return segments.get(tag);
        }

        /** Read and recounted by {@link AcknowledgmentCheck#read}; the last segment of each tag kept. */
        static Envelopes read(Acknowledgment ack) {
            AcknowledgmentCheck.Read read = AcknowledgmentCheck.read(new String(ack.bytes(), StandardCharsets.US_ASCII));
            Map<String, List<String>> segments = new LinkedHashMap<>();
            read.segments().forEach(segment -> segments.put(segment.tag(), segment.elements()));
            return new Envelopes(read.tags(), segments);
        }
    }
}
