package io.claimgateway.parse;

import static io.claimgateway.parse.X12.isa;
import static io.claimgateway.parse.X12.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.envelope.GroupResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The envelope model: each problem rejects only its own level, reading goes on after it, and the
 * 999 responses say so with true counts.
 */
class EnvelopeReaderTest {

    private static final String GS = "GS*HC*SENDER*RECEIVER*20240101*1200*1*X*005010X222A1";
    private static final String BHT = "BHT*0019*00*0123*20240101*1200*CH";

    private final EnvelopeReader reader = new EnvelopeReader(ScanPolicy.strict());

    @Test
    void aSetWithAWrongSegmentCountIsRejectedAloneAndItsNeighboursAccepted() throws IOException {
        ReceivedFile file = read(lines(isa("000000001"), GS,
                "ST*837*0001", BHT, "SE*3*0001",
                "ST*837*0002", BHT, "SE*9*0002",
                "ST*837*0003", BHT, "SE*3*0003",
                "GE*3*1", "IEA*1*000000001"));

        assertEquals(List.of("0001", "0003"),
                file.acceptedSets().stream().map(s -> s.set().controlNumber()).toList());
        GroupResponse response = file.interchanges().get(0).groups().get(0).response();
        assertEquals("P", response.status());
        assertEquals(List.of("A", "R", "A"), response.sets().stream().map(s -> s.status()).toList());
        assertEquals(List.of("4"), response.sets().get(1).errorCodes());
        assertEquals(2, response.acceptedSetCount());
        assertEquals(RejectionReason.SEGMENT_COUNT_MISMATCH, file.firstProblem().orElseThrow().reason());
    }

    @Test
    void theSubscribersOfEverySetAreHashedForThePatientLocksAndNothingElse() throws IOException {
        ReceivedFile file = read(lines(isa("000000001"), GS,
                "ST*837*0001", BHT, "NM1*IL*1*DOE*JANE****MI*MBR0001 ", "NM1*QC*1*DOE*JOHN", "SE*5*0001",
                "ST*837*0002", BHT, "NM1*IL*1*ROE*RICHARD****MI*MBR0002", "NM1*85*2*CLINIC*****XX*1900001011",
                "SE*5*0002", "GE*2*1", "IEA*1*000000001"));

        assertEquals(java.util.stream.LongStream.of(HistoryKeys.key("MBR0001"), HistoryKeys.key("MBR0002")).sorted()
                .boxed().toList(), java.util.Arrays.stream(file.historyKeys().sorted()).boxed().toList());
    }

    @Test
    void aGroupWithAWrongSetCountIsRejectedWholeWithoutAk2LoopsAndTheNextGroupGoesOn() throws IOException {
        ReceivedFile file = read(lines(isa("000000001"), GS,
                "ST*837*0001", BHT, "SE*3*0001", "GE*2*1",
                GS.replace("*1*X*", "*2*X*"), "ST*837*0001", BHT, "SE*3*0001", "GE*1*2",
                "IEA*2*000000001"));

        List<ReceivedGroup> groups = file.interchanges().get(0).groups();
        assertFalse(groups.get(0).accepted());
        GroupResponse rejected = groups.get(0).response();
        assertEquals("R", rejected.status());
        assertEquals(List.of("5"), rejected.groupErrorCodes());
        assertEquals(List.of(), rejected.sets());
        assertEquals(1, rejected.receivedSetCount());
        assertEquals("A", groups.get(1).response().status());
        assertEquals(1, file.acceptedSets().size());
    }

    @Test
    void aBrokenInterchangeIsRefusedAndTheNextInterchangeIsRead() throws IOException {
        ReceivedFile file = read(lines(isa("000000001"), GS, "ST*837*0001", BHT, "SE*3*0001", "GE*1*1",
                "IEA*1*000000009")
                + lines(isa("000000002").replace('*', '|').replace(":", ">"),
                        GS.replace('*', '|'), "ST|837|0001", BHT.replace('*', '|'), "SE|3|0001", "GE|1|1",
                        "IEA|1|000000002"));

        assertEquals(2, file.interchanges().size());
        ReceivedInterchange first = file.interchanges().get(0);
        assertEquals(RejectionReason.INTERCHANGE_CONTROL_NUMBER_MISMATCH, first.firstProblem().orElseThrow().reason());
        ReceivedInterchange second = file.interchanges().get(1);
        assertTrue(second.accepted());
        assertEquals('|', second.delimiters().element());
        assertEquals(List.of("000000002"),
                file.acceptedSets().stream().map(s -> s.interchange().controlNumber()).toList());
    }

    @Test
    void theSetsBytesAreWhereTheSetIs() throws IOException {
        String text = lines(isa("000000001"), GS, "ST*837*0001", BHT, "SE*3*0001", "GE*1*1", "IEA*1*000000001");
        ReceivedSet set = read(text).acceptedSets().get(0).set();

        assertEquals("ST*837*0001~\n" + BHT + "~\nSE*3*0001~", text.substring((int) set.start(), (int) set.end()));
        assertEquals(Optional.empty(), set.implementationReference());
        assertEquals("005010X222A1", set.version());
    }

    @Test
    void anInterchangeAskingForATa1SaysSo() throws IOException {
        ReceivedFile file = read(lines(isa("000000001").replace("*0*P*:", "*1*P*:"), GS, "ST*837*0001", BHT,
                "SE*3*0001", "GE*1*1", "IEA*1*000000001"));

        assertTrue(file.interchanges().get(0).acknowledgmentRequested());
        assertEquals("SENDER", file.interchanges().get(0).senderId());
        assertEquals("240101", file.interchanges().get(0).date());
    }

    private ReceivedFile read(String text) throws IOException {
        return reader.read(X12.stream(text));
    }
}
