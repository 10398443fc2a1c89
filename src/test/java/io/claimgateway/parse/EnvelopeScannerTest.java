package io.claimgateway.parse;

import static io.claimgateway.parse.X12.ISA;
import static io.claimgateway.parse.X12.accepted;
import static io.claimgateway.parse.X12.isa;
import static io.claimgateway.parse.X12.lines;
import static io.claimgateway.parse.X12.rejection;
import static io.claimgateway.parse.X12.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EnvelopeScannerTest {

    private static final String GS = "GS*HC*SENDER*RECEIVER*20240101*1200*1*X*005010X222A1";
    private static final String ST = "ST*837*0001*005010X222A1";
    private static final String BHT = "BHT*0019*00*0123*20240101*1200*CH";

    // ---- accepted files

    @Test
    void validInterchangeIsAcceptedWithItsTransactionSummary() throws IOException {
        String text = X12.validInterchange();
        ScanResult.Accepted accepted = accepted(scan(text));
        assertEquals(List.of(new TransactionSummary("SENDER", "000000001", "1", "0001", "005010X222A1", 4,
                text.indexOf("ST*"))), accepted.transactions());
        assertEquals(new Delimiters('*', ':', Optional.of('^'), '~', true), accepted.delimiters());
    }

    @Test
    void severalInterchangesGroupsAndTransactionsAreEachSummarised() throws IOException {
        String text = lines(isa("000000001"),
                GS, ST, BHT, "SE*3*0001", "ST*837*0002", BHT, "SE*3*0002", "GE*2*1",
                "GS*HC*SENDER*RECEIVER*20240101*1200*2*X*005010X223A2", "ST*837*0003*005010X223A2", BHT, "SE*3*0003",
                "GE*1*2",
                "IEA*2*000000001")
                + lines(isa("000000002"), GS, ST, BHT, "SE*3*0001", "GE*1*1", "IEA*1*000000002");
        List<TransactionSummary> summaries = accepted(scan(text)).transactions();
        assertEquals(List.of("000000001/1/0001/005010X222A1", "000000001/1/0002/005010X222A1",
                "000000001/2/0003/005010X223A2", "000000002/1/0001/005010X222A1"),
                summaries.stream().map(s -> s.interchangeControlNumber() + "/" + s.groupControlNumber() + "/"
                        + s.transactionControlNumber() + "/" + s.version()).toList());
        assertEquals(text.lastIndexOf("ST*837*0001"), summaries.get(3).byteOffset());
    }

    @Test
    void segmentsWithoutLineBreaksAreAccepted() throws IOException {
        String text = X12.validInterchange().replace("\n", "");
        assertEquals(4, accepted(scan(text)).transactions().get(0).segmentCount());
    }

    @Test
    void crLfAfterEachTerminatorIsAccepted() throws IOException {
        String text = X12.validInterchange().replace("\n", "\r\n");
        assertEquals(text.indexOf("ST*"), accepted(scan(text)).transactions().get(0).byteOffset());
    }

    @Test
    void newlineAsTerminatorWithIndentationIsAccepted() throws IOException {
        String text = ISA + "\n  " + GS + "\n    " + ST + "\r\n      " + BHT + "\n    SE*3*0001\n  GE*1*1\nIEA*1*000000001\n";
        ScanResult.Accepted accepted = accepted(scan(text));
        assertEquals('\n', accepted.delimiters().segmentTerminator());
        assertEquals(3, accepted.transactions().get(0).segmentCount());
    }

    @Test
    void newlineTerminatedFileMayEndWithoutAFinalLineBreak() throws IOException {
        String text = ISA + "\n" + GS + "\n" + ST + "\n" + BHT + "\nSE*3*0001\nGE*1*1\nIEA*1*000000001";
        assertEquals(1, accepted(scan(text)).transactions().size());
    }

    @Test
    void corpusStyleTildeCaretUnderscoreDelimitersAreAccepted() throws IOException {
        String text = X12.withDelimiters(X12.validInterchange().replace("*^*", "*U*"), '~', '^', '^', '_');
        ScanResult.Accepted accepted = accepted(scan(text));
        assertEquals(new Delimiters('~', '^', Optional.empty(), '_', true), accepted.delimiters());
        assertEquals(4, accepted.transactions().get(0).segmentCount());
    }

    @Test
    void whitespaceAfterTheLastIeaIsAccepted() throws IOException {
        assertEquals(1, accepted(scan(X12.validInterchange() + "\n \t\r\n\n")).transactions().size());
    }

    @Test
    void missingSt03TakesTheVersionFromGs08() throws IOException {
        String text = lines(ISA, GS, "ST*837*0001", BHT, "SE*3*0001", "GE*1*1", "IEA*1*000000001");
        assertEquals("005010X222A1", accepted(scan(text)).transactions().get(0).version());
    }

    @Test
    void senderIdIsTrimmed() throws IOException {
        assertEquals("SENDER", accepted(scan(X12.validInterchange())).transactions().get(0).senderId());
    }

    // ---- counts and control numbers

    @Test
    void se01DifferentFromTheSegmentCountIsRejected() throws IOException {
        String text = lines(ISA, GS, ST, BHT, "SE*25*0001", "GE*1*1", "IEA*1*000000001");
        Rejection r = rejection(scan(text));
        assertEquals(RejectionReason.SEGMENT_COUNT_MISMATCH, r.reason());
        assertEquals("SE01 says 25 segments but the transaction set 0001 has 3 (segment 3, SE)", r.message());
        assertEquals(OptionalInt.of(3), r.segmentPosition());
        assertEquals(Optional.of("SE"), r.segmentTag());
        assertEquals(OptionalLong.of(text.indexOf("SE*")), r.byteOffset());
        assertEquals(Optional.of("000000001"), r.interchangeControlNumber());
        assertEquals(Optional.of("1"), r.groupControlNumber());
        assertEquals(Optional.of("0001"), r.transactionControlNumber());
    }

    @Test
    void se02DifferentFromSt02IsRejected() throws IOException {
        assertRejected(lines(ISA, GS, ST, BHT, "SE*3*0002", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.TRANSACTION_CONTROL_NUMBER_MISMATCH, "SE02 0002 does not match ST02 0001 (segment 3, SE)");
    }

    @Test
    void se01ThatIsNotANumberIsRejected() throws IOException {
        assertRejected(lines(ISA, GS, ST, BHT, "SE*3X*0001", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.TRANSACTION_ELEMENT_NOT_NUMERIC, "SE01 3X is not a number (segment 3, SE)");
    }

    @Test
    void missingSe01IsRejected() throws IOException {
        assertRejected(lines(ISA, GS, ST, BHT, "SE**0001", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.TRANSACTION_ELEMENT_MISSING, "SE01 is missing (segment 3, SE)");
    }

    @Test
    void everyCatalogueCodeIsUnique() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (RejectionReason reason : RejectionReason.values()) {
            org.junit.jupiter.api.Assertions.assertTrue(codes.add(reason.code()), reason.code());
        }
    }

    @Test
    void ge01DifferentFromTheTransactionCountIsRejected() throws IOException {
        String text = lines(ISA, GS, ST, BHT, "SE*3*0001", "ST*837*0002", BHT, "SE*3*0002", "GE*1*1", "IEA*1*000000001");
        assertRejected(text, RejectionReason.TRANSACTION_COUNT_MISMATCH,
                "GE01 says 1 but functional group 1 has 2 transaction sets (GE at byte " + text.indexOf("GE*") + ")");
    }

    @Test
    void ge02DifferentFromGs06IsRejected() throws IOException {
        String text = lines(ISA, GS, ST, BHT, "SE*3*0001", "GE*1*7", "IEA*1*000000001");
        assertRejected(text, RejectionReason.GROUP_CONTROL_NUMBER_MISMATCH,
                "GE02 7 does not match GS06 1 (GE at byte " + text.indexOf("GE*") + ")");
    }

    @Test
    void iea01DifferentFromTheGroupCountIsRejected() throws IOException {
        String text = lines(ISA, GS, ST, BHT, "SE*3*0001", "GE*1*1", "IEA*3*000000001");
        assertRejected(text, RejectionReason.GROUP_COUNT_MISMATCH,
                "IEA01 says 3 but interchange 000000001 has 1 functional group (IEA at byte " + text.indexOf("IEA") + ")");
    }

    @Test
    void iea02DifferentFromIsa13IsRejected() throws IOException {
        String text = lines(ISA, GS, ST, BHT, "SE*3*0001", "GE*1*1", "IEA*1*000000009");
        assertRejected(text, RejectionReason.INTERCHANGE_CONTROL_NUMBER_MISMATCH,
                "IEA02 000000009 does not match ISA13 000000001 (IEA at byte " + text.indexOf("IEA") + ")");
    }

    @Test
    void lenientPolicyIgnoresCountsButNotControlNumbers() throws IOException {
        String wrongCounts = lines(ISA, GS, ST, BHT, "SE*25*0001", "GE*5*1", "IEA*9*000000001");
        assertEquals(3, accepted(scan(wrongCounts, X12.LENIENT)).transactions().get(0).segmentCount());
        String wrongControl = lines(ISA, GS, ST, BHT, "SE*25*0002", "GE*5*1", "IEA*9*000000001");
        assertEquals(RejectionReason.TRANSACTION_CONTROL_NUMBER_MISMATCH,
                rejection(scan(wrongControl, X12.LENIENT)).reason());
    }

    // ---- what the gateway accepts

    @Test
    void groupThatIsNotClaimsIsRejected() throws IOException {
        String text = lines(ISA, GS.replace("GS*HC", "GS*HP"), ST, BHT, "SE*3*0001", "GE*1*1", "IEA*1*000000001");
        Rejection r = rejection(scan(text));
        assertEquals(RejectionReason.GROUP_NOT_HEALTH_CARE_CLAIM, r.reason());
        assertEquals("GS01 is HP, not HC (health care claim); only 837 claims are accepted (GS at byte 107)", r.message());
        assertEquals(Optional.of("1"), r.groupControlNumber());
    }

    @Test
    void unsupportedGs08IsRejected() throws IOException {
        assertRejected(lines(ISA, GS.replace("X222A1", "X222"), "ST*837*0001", BHT, "SE*3*0001", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.GROUP_VERSION_NOT_SUPPORTED,
                "GS08 005010X222 is not supported; supported versions are 005010X222A1, 005010X223A2 (GS at byte 107)");
    }

    @Test
    void callerGivenVersionsReplaceTheDefault() throws IOException {
        String text = lines(ISA, GS.replace("X222A1", "X222"), "ST*837*0001*005010X222", BHT, "SE*3*0001", "GE*1*1",
                "IEA*1*000000001");
        ScanPolicy policy = ScanPolicy.strict().withSupportedVersions(java.util.Set.of("005010X222"));
        assertEquals("005010X222", accepted(scan(text, policy)).transactions().get(0).version());
    }

    @Test
    void transactionSetOtherThan837IsRejected() throws IOException {
        assertRejected(lines(ISA, GS, "ST*835*0001*005010X222A1", BHT, "SE*3*0001", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.TRANSACTION_SET_NOT_SUPPORTED, "ST01 is 835, not 837; only claims are accepted (segment 1, ST)");
    }

    @Test
    void st03DifferentFromGs08IsRejected() throws IOException {
        assertRejected(lines(ISA, GS, "ST*837*0001*005010X223A2", BHT, "SE*3*0001", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.IMPLEMENTATION_REFERENCE_MISMATCH,
                "ST03 005010X223A2 does not match GS08 005010X222A1 (segment 1, ST)");
    }

    @Test
    void emptySt02IsRejected() throws IOException {
        assertRejected(lines(ISA, GS, "ST*837**005010X222A1", BHT, "SE*3*", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.TRANSACTION_CONTROL_NUMBER_MISSING,
                "ST02 (transaction set control number) is empty (segment 1, ST)");
    }

    // ---- nesting

    @Test
    void missingSeIsRejectedAtTheGe() throws IOException {
        assertRejected(lines(ISA, GS, ST, BHT, "GE*1*1", "IEA*1*000000001"), RejectionReason.TRANSACTION_TRAILER_MISSING,
                "Transaction set 0001 has no SE: found GE after its segment 2 (segment 3, GE)");
    }

    @Test
    void missingGeIsRejectedAtTheIea() throws IOException {
        String text = lines(ISA, GS, ST, BHT, "SE*3*0001", "IEA*1*000000001");
        assertRejected(text, RejectionReason.GROUP_TRAILER_MISSING,
                "Functional group 1 has no GE: found IEA (IEA at byte " + text.indexOf("IEA") + ")");
    }

    @Test
    void missingIeaIsRejectedAtTheNextIsa() throws IOException {
        String text = lines(ISA, GS, ST, BHT, "SE*3*0001", "GE*1*1") + X12.validInterchange();
        assertRejected(text, RejectionReason.INTERCHANGE_TRAILER_MISSING,
                "Interchange 000000001 has no IEA: found ISA (ISA at byte " + text.lastIndexOf("ISA") + ")");
    }

    @Test
    void fileEndingInsideATransactionIsRejected() throws IOException {
        String text = lines(ISA, GS, ST, BHT);
        Rejection r = rejection(scan(text));
        assertEquals(RejectionReason.TRANSACTION_TRAILER_MISSING, r.reason());
        assertEquals("The file ends inside transaction set 0001 after its segment 2; SE is missing", r.message());
        assertEquals(OptionalLong.of(text.length()), r.byteOffset());
    }

    @Test
    void fileEndingWithoutIeaIsRejected() throws IOException {
        assertRejected(lines(ISA, GS, ST, BHT, "SE*3*0001", "GE*1*1"), RejectionReason.INTERCHANGE_TRAILER_MISSING,
                "The file ends inside interchange 000000001; IEA is missing");
    }

    @Test
    void stOutsideAGroupIsRejected() throws IOException {
        String text = lines(ISA, ST, BHT, "SE*3*0001", "IEA*0*000000001");
        assertRejected(text, RejectionReason.TRANSACTION_OUTSIDE_GROUP,
                "ST is not inside a functional group (ST at byte 107)");
    }

    @Test
    void segmentBetweenTransactionsIsRejected() throws IOException {
        String text = lines(ISA, GS, ST, BHT, "SE*3*0001", "NM1*41*2*X", "GE*1*1", "IEA*1*000000001");
        assertRejected(text, RejectionReason.SEGMENT_OUTSIDE_ENVELOPE,
                "Segment NM1 appears outside a transaction set, in functional group 1 (NM1 at byte "
                        + text.indexOf("NM1") + ")");
    }

    @Test
    void seWithoutStIsRejected() throws IOException {
        String text = lines(ISA, GS, "SE*1*0001", "GE*0*1", "IEA*1*000000001");
        assertRejected(text, RejectionReason.SEGMENT_OUTSIDE_ENVELOPE,
                "SE without a matching ST (SE at byte " + text.indexOf("SE*") + ")");
    }

    @Test
    void geWithoutGsIsRejected() throws IOException {
        String text = lines(ISA, "GE*0*1", "IEA*0*000000001");
        assertRejected(text, RejectionReason.SEGMENT_OUTSIDE_ENVELOPE, "GE without a matching GS (GE at byte 107)");
    }

    @Test
    void dataAfterTheLastIeaIsRejected() throws IOException {
        String text = X12.validInterchange() + "GS*HC*X~\n";
        assertRejected(text, RejectionReason.DATA_AFTER_LAST_INTERCHANGE,
                "Only whitespace may follow the last IEA, found GS at byte " + text.lastIndexOf("GS*"));
    }

    @Test
    void lastSegmentWithoutTerminatorIsRejected() throws IOException {
        String text = X12.validInterchange().stripTrailing();
        text = text.substring(0, text.length() - 1);
        assertRejected(text, RejectionReason.LAST_SEGMENT_UNTERMINATED,
                "The file ends inside segment IEA: no segment terminator '~' after it (IEA at byte "
                        + text.indexOf("IEA") + ")");
    }

    @Test
    void gsWithTooFewElementsIsRejected() throws IOException {
        assertRejected(lines(ISA, "GS*HC*SENDER*RECEIVER", ST), RejectionReason.INVALID_ENVELOPE_ELEMENT,
                "GS has 3 elements; GS01 to GS08 are required (GS at byte 107)");
    }

    @Test
    void eachInterchangeIsReadWithItsOwnDelimiters() throws IOException {
        String second = X12.withDelimiters(X12.validInterchange(), '*', '>', '^', '~').replace("000000001", "000000002");
        ScanResult.Accepted accepted = accepted(scan(X12.validInterchange() + second));
        assertEquals(List.of("000000001", "000000002"),
                accepted.transactions().stream().map(TransactionSummary::interchangeControlNumber).toList());
    }

    @Test
    void secondInterchangeWithADifferentElementSeparatorIsReadWithIt() throws IOException {
        String second = X12.withDelimiters(X12.validInterchange(), '|', ':', '^', '~').replace("000000001", "000000002");
        ScanResult.Accepted accepted = accepted(scan(X12.validInterchange() + second));
        assertEquals(2, accepted.transactions().size());
        assertEquals(4, accepted.transactions().get(1).segmentCount());
    }

    // ---- segment identifiers

    @Test
    void lowercaseSegmentIdIsRejected() throws IOException {
        assertRejected(lines(ISA, GS, ST, BHT, "Nm1*41*2*X", "SE*4*0001", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.INVALID_SEGMENT_ID,
                "Segment identifier \"Nm1\" is not 2-3 uppercase letters or digits (segment 3)");
    }

    @Test
    void fourCharacterSegmentIdIsRejected() throws IOException {
        assertRejected(lines(ISA, GS, ST, BHT, "NM31*41", "SE*4*0001", "GE*1*1", "IEA*1*000000001"),
                RejectionReason.INVALID_SEGMENT_ID,
                "Segment identifier \"NM31\" is not 2-3 uppercase letters or digits (segment 3)");
    }

    @Test
    void emptySegmentIdIsRejected() throws IOException {
        Rejection r = rejection(scan(lines(ISA, GS, ST, BHT, "*IC*X", "SE*4*0001", "GE*1*1", "IEA*1*000000001")));
        assertEquals(RejectionReason.INVALID_SEGMENT_ID, r.reason());
        assertEquals("Segment has an empty identifier (segment 3)", r.message());
        assertEquals(OptionalInt.of(3), r.segmentPosition());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        assertRejected("", RejectionReason.EMPTY_FILE, "The file is empty");
    }

    @Test
    void fileWithoutIsaIsRejected() throws IOException {
        assertRejected(lines(GS, ST), RejectionReason.NO_INTERCHANGE_HEADER,
                "The file does not start with ISA; it starts with \"GS*\"");
    }

    private static void assertRejected(String text, RejectionReason reason, String message) throws IOException {
        Rejection r = rejection(scan(text));
        assertEquals(reason, r.reason(), r.message());
        assertEquals(message, r.message());
    }
}
