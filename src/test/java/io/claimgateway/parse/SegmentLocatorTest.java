package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SegmentLocatorTest {

    private static final String TEXT = X12.validInterchange();
    private static final Delimiters DELIMITERS = Delimiters.fromIsa(TEXT);

    @Test
    void offsetInsideASegmentFindsItsTagPositionAndTransaction() throws IOException {
        int nm1 = TEXT.indexOf("NM1");
        LocatedSegment found = locate(nm1 + 5);
        assertEquals(new LocatedSegment("NM1", nm1, OptionalInt.of(3), Optional.of("000000001"), Optional.of("1"),
                Optional.of("0001"), "NM1*41*2*SUBMITTER*****46*999"), found);
    }

    @Test
    void offsetOfTheTerminatorBelongsToItsSegment() throws IOException {
        assertEquals("BHT", locate(TEXT.indexOf("~\nNM1")).tag());
    }

    @Test
    void offsetInTheLineBreakBetweenSegmentsBelongsToTheNextSegment() throws IOException {
        assertEquals("NM1", locate(TEXT.indexOf("~\nNM1") + 1).tag());
    }

    @Test
    void stIsPositionOneAndSeClosesTheTransaction() throws IOException {
        assertEquals(OptionalInt.of(1), locate(TEXT.indexOf("ST*")).positionInTransaction());
        assertEquals(OptionalInt.of(4), locate(TEXT.indexOf("SE*")).positionInTransaction());
        LocatedSegment ge = locate(TEXT.indexOf("GE*"));
        assertEquals(OptionalInt.empty(), ge.positionInTransaction());
        assertEquals(Optional.empty(), ge.transactionControlNumber());
    }

    @Test
    void envelopeSegmentsHaveNoPosition() throws IOException {
        LocatedSegment isa = locate(0);
        assertEquals("ISA", isa.tag());
        assertEquals(OptionalInt.empty(), isa.positionInTransaction());
    }

    @Test
    void offsetPastTheLastSegmentFindsNothing() throws IOException {
        assertFalse(SegmentLocator.locate(X12.stream(TEXT), DELIMITERS, TEXT.length() + 10).isPresent());
    }

    @Test
    void longSegmentTextIsCutToEightyCharacters() throws IOException {
        String text = X12.lines(X12.ISA, "GS*HC*S*R*20240101*1200*1*X*005010X222A1", "ST*837*0001",
                "NTE*ADD*" + "A".repeat(200), "SE*3*0001", "GE*1*1", "IEA*1*000000001");
        LocatedSegment nte = SegmentLocator.locate(X12.stream(text), DELIMITERS, text.indexOf("NTE")).orElseThrow();
        assertEquals(LocatedSegment.TEXT_LIMIT, nte.text().length());
        assertEquals(OptionalInt.of(2), nte.positionInTransaction());
    }

    @Test
    void toStringLeavesOutTheSegmentText() throws IOException {
        LocatedSegment nm1 = locate(TEXT.indexOf("NM1"));
        assertFalse(nm1.toString().contains("SUBMITTER"), nm1.toString());
    }

    @Test
    void structureRejectionNamesTheSegmentAndItsPosition() throws IOException {
        Rejection r = Rejection.structure(locate(TEXT.indexOf("NM1")));
        assertEquals(RejectionReason.STRUCTURE, r.reason());
        assertEquals("The schema cannot place segment NM1 in transaction set 0001 (segment 3, NM1)", r.message());
        assertEquals(OptionalInt.of(3), r.segmentPosition());
        assertEquals(Optional.of("0001"), r.transactionControlNumber());
    }

    private static LocatedSegment locate(long offset) throws IOException {
        return SegmentLocator.locate(X12.stream(TEXT), DELIMITERS, offset).orElseThrow();
    }
}
