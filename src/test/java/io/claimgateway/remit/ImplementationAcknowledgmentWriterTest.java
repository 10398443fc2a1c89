package io.claimgateway.remit;

import static io.claimgateway.remit.AcknowledgmentCheck.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.envelope.ElementError;
import io.claimgateway.envelope.ElementErrorCode;
import io.claimgateway.envelope.GroupResponse;
import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.SegmentErrorCode;
import io.claimgateway.envelope.TransactionSetResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The 999 of every received group, byte for byte as the golden files under
 * {@code src/test/resources/ack/}, each re-read with StAEDI for its envelope counts.
 */
class ImplementationAcknowledgmentWriterTest {

    private static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 1, 13, 5);
    private static final RemittanceEnvelope TO = new RemittanceEnvelope("ZZ", "NCX0001", "NCX0001", 42, 42,
            PRODUCED, PRODUCED.toLocalDate());
    private static final String X222A1 = "005010X222A1";

    private final ImplementationAcknowledgmentWriter writer = new ImplementationAcknowledgmentWriter(
            RemitFixtures.payer());

    @Test
    void groupWithEverySetAcceptedIsA() throws IOException {
        String x12 = writer.write(TO, List.of(group("871", 2, List.of(accepted("0001"), accepted("0002")))));

        assertGolden("accepted.999", x12);
        AcknowledgmentCheck.Read read = AcknowledgmentCheck.read(x12);
        assertEquals(List.of(List.of("A"), List.of("A")), read.all("IK5"));
        assertEquals(List.of(List.of("A", "2", "2", "2")), read.all("AK9"));
    }

    @Test
    void setAcceptedWithAnInvalidDateIsE() throws IOException {
        SegmentError dtp = segment("DTP", 22, "2300",
                ElementError.of(3, "1251", ElementErrorCode.INVALID_DATE, "20261332"));
        TransactionSetResponse set = new TransactionSetResponse("837", "0001", Optional.of(X222A1), List.of(dtp),
                List.of(), true);

        String x12 = writer.write(TO, List.of(group("872", 1, List.of(set))));

        assertGolden("accepted-with-errors.999", x12);
        AcknowledgmentCheck.Read read = AcknowledgmentCheck.read(x12);
        assertEquals(List.of(List.of("DTP", "22", "2300", "8")), read.all("IK3"));
        assertEquals(List.of(List.of("3", "1251", "8", "20261332")), read.all("IK4"));
        assertEquals(List.of(List.of("E", "5")), read.all("IK5"));
        assertEquals(List.of(List.of("E", "1", "1", "1")), read.all("AK9"));
    }

    @Test
    void oneRejectedSetOfThreeIsP() throws IOException {
        SegmentError clm = segment("CLM", 18, "2300",
                ElementError.of(2, "782", ElementErrorCode.INVALID_CHARACTER, "12O.00"));
        TransactionSetResponse rejected = new TransactionSetResponse("837", "0002", Optional.of(X222A1),
                List.of(clm), List.of(), false);

        String x12 = writer.write(TO, List.of(group("873", 3, List.of(accepted("0001"), rejected, accepted("0003")))));

        assertGolden("partial.999", x12);
        AcknowledgmentCheck.Read read = AcknowledgmentCheck.read(x12);
        assertEquals(List.of(List.of("837", "0001", X222A1), List.of("837", "0002", X222A1),
                List.of("837", "0003", X222A1)), read.all("AK2"));
        assertEquals(List.of(List.of("2", "782", "6", "12O.00")), read.all("IK4"));
        assertEquals(List.of(List.of("A"), List.of("R", "5"), List.of("A")), read.all("IK5"));
        assertEquals(List.of(List.of("P", "3", "3", "2")), read.all("AK9"));
    }

    @Test
    void groupWhoseGeCountIsWrongIsRWithAk905() throws IOException {
        // GE01 said 2 but one set came: code 5, "Number of Included Transaction Sets Does Not Match Actual Count".
        GroupResponse group = new GroupResponse("HC", "874", X222A1, 2, List.of(accepted("0001")), List.of("5"), 1);

        String x12 = writer.write(TO, List.of(group));

        assertGolden("group-rejected.999", x12);
        assertEquals(List.of(List.of("R", "2", "1", "0", "5")), AcknowledgmentCheck.read(x12).all("AK9"));
    }

    @Test
    void twoGroupsGetTwoTransactionSets() throws IOException {
        GroupResponse professional = group("875", 1, List.of(accepted("0001")));
        GroupResponse institutional = new GroupResponse("HC", "876", "005010X223A2", 1, List.of(
                new TransactionSetResponse("837", "0001", Optional.of("005010X223A2"), List.of(), List.of(), true)),
                List.of(), 1);

        String x12 = writer.write(TO, List.of(professional, institutional));

        assertGolden("two-groups.999", x12);
        AcknowledgmentCheck.Read read = AcknowledgmentCheck.read(x12);
        assertEquals(List.of(List.of("999", "0001", "005010X231A1"), List.of("999", "0002", "005010X231A1")),
                read.all("ST"));
        assertEquals(List.of(List.of("HC", "875", X222A1), List.of("HC", "876", "005010X223A2")), read.all("AK1"));
        assertEquals(List.of(List.of("2", "42")), read.all("GE"));
    }

    @Test
    void segmentWithoutLoopAndComponentErrorAreLocatedExactly() throws IOException {
        // SV101-2, the procedure code inside the composite; the segment could not be placed in a loop.
        ElementError procedure = new ElementError(1, OptionalInt.of(2), OptionalInt.empty(), Optional.of("234"),
                ElementErrorCode.INVALID_CODE_VALUE, Optional.of("9921X"));
        SegmentError sv1 = new SegmentError("SV1", 14, Optional.empty(),
                SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS, List.of(procedure), "SV101-2 is not a HCPCS code");
        TransactionSetResponse set = new TransactionSetResponse("837", "0001", Optional.of(X222A1), List.of(sv1),
                List.of(), false);

        String x12 = writer.write(TO, List.of(group("877", 1, List.of(set))));

        assertGolden("ik3-without-loop-ik4-component.999", x12);
        AcknowledgmentCheck.Read read = AcknowledgmentCheck.read(x12);
        assertEquals(List.of(List.of("SV1", "14", "", "8")), read.all("IK3"));
        assertEquals(List.of(List.of("1:2", "234", "7", "9921X")), read.all("IK4"));
        assertEquals(List.of(List.of("R", "1", "1", "0")), read.all("AK9"));
    }

    @Test
    void repetitionWithoutComponentLeavesIk4012Empty() {
        ElementError second = new ElementError(3, OptionalInt.empty(), OptionalInt.of(2), Optional.empty(),
                ElementErrorCode.INVALID_CODE_VALUE, Optional.empty());
        TransactionSetResponse set = new TransactionSetResponse("837", "0001", Optional.empty(),
                List.of(segment("HI", 20, "2300", second)), List.of(), true);

        String x12 = writer.write(TO, List.of(group("878", 1, List.of(set))));

        assertTrue(x12.contains("\nAK2*837*0001~\nIK3*HI*20*2300*8~\nIK4*3::2**7~\nIK5*E*5~\n"), x12);
        AcknowledgmentCheck.read(x12);
    }

    @Test
    void aGuideLoopNameGivesTheStandardLoopNumber() {
        SegmentError inSubscriberName = segment("NM1", 13, "2010BA",
                ElementError.of(3, "1035", ElementErrorCode.INVALID_CHARACTER, null));
        TransactionSetResponse set = new TransactionSetResponse("837", "0001", Optional.empty(),
                List.of(inSubscriberName), List.of(), false);

        String x12 = writer.write(TO, List.of(group("879", 1, List.of(set))));

        assertTrue(x12.contains("\nIK3*NM1*13*2010*8~\nIK4*3*1035*6~\nIK5*R*5~\n"), x12);
    }

    @Test
    void optionalValuesThatCannotBeWrittenAreLeftOut() {
        ElementError badReference = ElementError.of(2, "78X", ElementErrorCode.TOO_LONG, "A*B");
        SegmentError longLoop = segment("CLM", 5, "23*0", badReference);
        TransactionSetResponse set = new TransactionSetResponse("837", "0001", Optional.of("005010*X222A1"),
                List.of(longLoop), List.of(), true);

        String x12 = writer.write(TO, List.of(group("879", 1, List.of(set))));

        assertTrue(x12.contains("\nAK2*837*0001~\nIK3*CLM*5**8~\nIK4*2**5~\nIK5*E*5~\n"), x12);
        AcknowledgmentCheck.read(x12);
    }

    @Test
    void requiredValueThatCannotBeWrittenIsRefused() {
        TransactionSetResponse delimiterInSt02 = new TransactionSetResponse("837", "00*1", Optional.empty(),
                List.of(), List.of(), true);
        GroupResponse letterInGs06 = group("87A", 1, List.of(accepted("0001")));

        IllegalArgumentException ak202 = assertThrows(IllegalArgumentException.class,
                () -> writer.write(TO, List.of(group("880", 1, List.of(delimiterInSt02)))));
        IllegalArgumentException ak102 = assertThrows(IllegalArgumentException.class,
                () -> writer.write(TO, List.of(letterInGs06)));

        assertTrue(ak202.getMessage().startsWith("AK202 "), ak202.getMessage());
        assertTrue(ak102.getMessage().startsWith("AK102 "), ak102.getMessage());
    }

    @Test
    void noGroupIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> writer.write(TO, List.of()));
    }

    @Test
    void ik4sStopAt99PerSegment() {
        ElementError[] errors = IntStream.rangeClosed(1, 99)
                .mapToObj(position -> ElementError.of(position, null, ElementErrorCode.TOO_LONG, null))
                .toArray(ElementError[]::new);
        List<ElementError> tooMany = new ArrayList<>(List.of(errors));
        tooMany.add(new ElementError(99, OptionalInt.of(1), OptionalInt.empty(), Optional.empty(),
                ElementErrorCode.TOO_LONG, Optional.empty()));
        SegmentError segment = new SegmentError("NTE", 30, Optional.of("2300"),
                SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS, tooMany, "every element too long");
        TransactionSetResponse set = new TransactionSetResponse("837", "0001", Optional.empty(), List.of(segment),
                List.of(), false);

        AcknowledgmentCheck.Read read = AcknowledgmentCheck.read(
                writer.write(TO, List.of(group("881", 1, List.of(set)))));

        assertEquals(99, read.count("IK4"));
        assertEquals(List.of("99", "", "5"), read.all("IK4").get(98));
    }

    private static GroupResponse group(String gs06, int declared, List<TransactionSetResponse> sets) {
        return new GroupResponse("HC", gs06, X222A1, declared, sets, List.of(), sets.size());
    }

    private static TransactionSetResponse accepted(String st02) {
        return new TransactionSetResponse("837", st02, Optional.of(X222A1), List.of(), List.of(), true);
    }

    private static SegmentError segment(String tag, int position, String loop, ElementError element) {
        return new SegmentError(tag, position, Optional.of(loop), SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS,
                List.of(element), tag + " has a bad element");
    }
}
