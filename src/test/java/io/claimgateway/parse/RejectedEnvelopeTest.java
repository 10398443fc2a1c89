package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RejectedEnvelopeTest {

    private static final Path REJECTED = Path.of("samples/rejected");
    private static final String ISA =
            "ISA*00*          *00*          *ZZ*NCX0001        *ZZ*CBTPGATEWAY    *261101*1200*^*00501*000000777*0*T*:~\n";

    @Test
    void segmentAtTheRejectionsOffsetGivesItsInterchangeGroupAndTransaction() throws IOException {
        Rejection r01 = Rejection.of(RejectionReason.SEGMENT_COUNT_MISMATCH, "SE01").withByteOffset(871);

        RejectedEnvelope envelope = RejectedEnvelope.read(REJECTED.resolve("r01-wrong-se-count.837p.x12"), r01);

        assertEquals(new RejectedEnvelope(Optional.of("ZZ"), Optional.of("NCX0001"), Optional.of("261101"),
                Optional.of("1200"), Optional.of("000000901"), Optional.of("HC"), Optional.of("NCX0001"),
                Optional.of("901"), Optional.of("005010X222A1"), OptionalInt.of(1), 1, Optional.of("837"),
                Optional.of("0001"), Optional.of("005010X222A1")), envelope);
    }

    @Test
    void rejectedGsIsReadOnToItsGeToCountItsTransactionSets() throws IOException {
        Rejection r03 = Rejection.of(RejectionReason.GROUP_NOT_HEALTH_CARE_CLAIM, "GS01").withByteOffset(107);

        RejectedEnvelope envelope = RejectedEnvelope.read(
                REJECTED.resolve("r03-remittance-835-sent-by-mistake.835.x12"), r03);

        assertEquals(Optional.of("HP"), envelope.functionalIdentifier());
        assertEquals(Optional.of("903"), envelope.groupControlNumber());
        assertEquals(Optional.of("005010X221A1"), envelope.groupVersion());
        assertEquals(OptionalInt.of(1), envelope.declaredTransactionCount());
        assertEquals(1, envelope.receivedTransactionCount());
        assertEquals(Optional.empty(), envelope.transactionControlNumber(), "the rejection is about the group");
    }

    @Test
    void endOfFileRejectionKeepsTheLastEnvelopes() throws IOException {
        Rejection r02 = Rejection.of(RejectionReason.INTERCHANGE_TRAILER_MISSING, "IEA").withByteOffset(893);

        RejectedEnvelope envelope = RejectedEnvelope.read(REJECTED.resolve("r02-missing-iea.837p.x12"), r02);

        assertEquals(Optional.of("000000902"), envelope.interchangeControlNumber());
        assertTrue(envelope.interchangeKnown());
    }

    @Test
    void withoutOffsetTheControlNumbersFindTheTransactionSet() throws IOException {
        String file = ISA
                + "GS*HC*NCX0001*CBTPGATEWAY*20261101*1200*77*X*005010X222A1~\n"
                + "ST*837*0001*005010X222A1~\nBHT*0019~\nSE*3*0001~\n"
                + "ST*837*0002*005010X222A1~\nBHT*0019~\nSE*3*0002~\n"
                + "ST*837*0003*005010X222A1~\nBHT*0019~\nSE*3*0003~\n"
                + "GE*3*77~\nIEA*1*000000777~\n";
        Rejection claimData = Rejection.of(RejectionReason.CLAIM_DATA, "CLM02").withTag("CLM")
                .withControlNumbers(Optional.of("000000777"), Optional.of("77"), Optional.of("0002"));

        RejectedEnvelope envelope = read(file, claimData);

        assertEquals(Optional.of("0002"), envelope.transactionControlNumber());
        assertEquals(3, envelope.receivedTransactionCount());
        assertEquals(OptionalInt.of(3), envelope.declaredTransactionCount());
    }

    @Test
    void isaOfWrongWidthStillSaysWhomToAnswer() throws IOException {
        String file = "ISA*00*          *00*          *ZZ*NCX0001       *ZZ*CBTPGATEWAY    *261101*1200*^*00501"
                + "*000000778*0*T*:~\nGS*HC~\n";
        Rejection notFixed = Rejection.of(RejectionReason.ISA_NOT_FIXED_WIDTH, "ISA06").withByteOffset(0);

        RejectedEnvelope envelope = read(file, notFixed);

        assertEquals(Optional.of("NCX0001"), envelope.senderId());
        assertEquals(Optional.of("000000778"), envelope.interchangeControlNumber());
        assertEquals(Optional.of("1200"), envelope.interchangeTime());
        assertEquals(Optional.empty(), envelope.groupControlNumber());
    }

    @Test
    void truncatedIsaIsUnknown() throws IOException {
        RejectedEnvelope envelope = read(ISA.substring(0, 90),
                Rejection.of(RejectionReason.ISA_TRUNCATED, "short").withByteOffset(0));

        assertEquals(RejectedEnvelope.unknown(), envelope);
        assertFalse(envelope.interchangeKnown());
    }

    @Test
    void malformedValuesAreLeftOut() throws IOException {
        String file = ISA.replace("000000777", "00000077A")
                + "GS*HC*NCX0001*CBTPGATEWAY*20261101*1200*ABC*X*005010X222A1~\nST*837*1*005010X222A1~\n";

        RejectedEnvelope envelope = read(file, Rejection.of(RejectionReason.TRANSACTION_TRAILER_MISSING, "SE"));

        assertEquals(Optional.empty(), envelope.interchangeControlNumber());
        assertEquals(Optional.empty(), envelope.groupControlNumber());
        assertEquals(Optional.of("HC"), envelope.functionalIdentifier());
    }

    private static RejectedEnvelope read(String file, Rejection rejection) throws IOException {
        return RejectedEnvelope.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.ISO_8859_1)), rejection);
    }
}
