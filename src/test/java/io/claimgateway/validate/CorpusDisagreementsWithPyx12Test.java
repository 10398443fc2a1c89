package io.claimgateway.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgateway.envelope.SegmentError;
import io.claimgateway.parse.EnvelopeReader;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.ReceivedSet;
import io.claimgateway.parse.ScanPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One shared-corpus file per class of disagreement between our checks and pyx12
 * ({@code /work/shared/tools/x12-validate FILE}), read through the real envelope pass with the guide
 * checks. Each test asserts exactly what we report at the segment in question (IK3 as
 * {@code SEG@position loop}, each IK4 as {@code element-component/reference=IK403}, then IK304); its
 * display name says what pyx12 reports there and which side is right. pyx12 numbers file lines
 * from the ISA, one segment a line in these files: its "Line N" is our position N - 2 (ST = 1).
 * Classes where both agree are in CorpusElementChecksTest's recorded findings.
 */
class CorpusDisagreementsWithPyx12Test {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final String IMS = "imsweb__x12-parser__";

    /** The file's only transaction set, read as the gateway reads it. */
    private static ReceivedSet onlySet(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "shared corpus file not found at " + file.toAbsolutePath() + ": skipped");
        ReceivedFile read = new EnvelopeReader(ScanPolicy.strict(), GuideElementChecks::forVersion).read(file);
        List<ReceivedSet> sets = read.interchanges().stream().flatMap(i -> i.groups().stream())
                .flatMap(g -> g.sets().stream()).toList();
        assertEquals(1, sets.size(), name + " sets");
        return sets.get(0);
    }

    /** What we report at one segment position, in report order. */
    private static List<String> at(ReceivedSet set, int position) {
        return set.segmentErrors().stream().filter(e -> e.position() == position)
                .map(CorpusDisagreementsWithPyx12Test::describe).toList();
    }

    private static String describe(SegmentError error) {
        return SegmentSplitter.describe(error) + " " + error.code().code();
    }

    // ---- both reject; we report differently ----

    @Test
    @DisplayName("HI*BK*8901*BF*87200*BF:5559: pyx12 reports HI02-1 and HI04-1 twice (too long, then not a code); "
            + "we report each bad element once, with its first failure. Both right: same elements, same rejection")
    void hiQualifiersAndCodesInSeparateElements() throws IOException {
        // x12_valid line 23: the qualifier and the code were sent as separate elements. X12 checks a
        // value's length before its code; one IK4 per element is enough to reject and to point at it.
        assertEquals(List.of("HI@21 2300 1-2/1271=1 2-1/1270=5 2-2/1271=1 3-2/1271=1 4-1/1270=5 4-2/1271=1 8"),
                at(onlySet(IMS + "x12_valid.txt"), 21));
    }

    @Test
    @DisplayName("NM1*117 where 2010AA must start: pyx12 reports NM1, N3, N4, REF, PER, PER 'not found' and 2010AA "
            + "missing; we report NM101 not a code (7) in 2010AA. Ours is closer: the loop is there, its qualifier is wrong")
    void wrongQualifierWhere2010AAStarts() throws IOException {
        ReceivedSet set = onlySet(IMS + "x12_bad_valid_code.txt");
        assertEquals(List.of("NM1@7 2010AA 1/98=7 8"), at(set, 7));
        // The loop's other segments are read in 2010AA and pass: one cause, one IK3.
        for (int position = 8; position <= 13; position++) {
            assertEquals(List.of(), at(set, position), "position " + position);
        }
    }

    @Test
    @DisplayName("SV1 and DTP*472 in 2300 of a claim without LX: pyx12 reports IK304 1 'segment not found' for both "
            + "and 2400 missing; we report SV1 not in this loop (2), DTP out of order (7) and its codes (7), LX/2400 "
            + "missing (3). Same segments, same verdict; our codes name the fault more closely")
    void segmentsOutsideTheirLoop() throws IOException {
        ReceivedSet set = onlySet(IMS + "x12_missing_required_loops_mult_repeats.txt");
        assertEquals(List.of("SV1@31 2300 2"), at(set, 31));
        assertEquals(List.of("DTP@32 2300 7", "DTP@32 2300 1/374=7 2/1250=7 8"), at(set, 32));
        assertEquals(List.of("HL@33 2000B 1/628=I12 8", "LX@33 2400 3"), at(set, 33));
    }

    @Test
    @DisplayName("DTP*304 in an 837I 2400: pyx12 reports IK304 1 'segment not found'; we report DTP over its "
            + "maximum use (5) and DTP01 not a code of the loop (7). Both reject the segment; our IK4 names the cause, "
            + "our IK304 5 comes from the table counting the loop's DTPs by tag, not by qualifier")
    void qualifierTheLoopDoesNotHave() throws IOException {
        assertEquals(List.of("DTP@47 2400 5", "DTP@47 2400 1/374=7 8"), at(onlySet(IMS + "x223-test.txt"), 47));
    }

    @Test
    @DisplayName("N3 missing in 2010AA, HI missing in 2300: pyx12 reports IK304 3 at the next segment it reads "
            + "(positions 8 and 20); we report IK304 3 where the loop closes (12 and 23). Same verdict, both valid "
            + "places; ours is where the loop is known to be complete")
    void requiredSegmentMissing() throws IOException {
        ReceivedSet set = onlySet(IMS + "x12_segment_errors.txt");
        assertEquals(List.of("N3@12 2010AA 3"), at(set, 12));
        assertEquals(List.of("HI@23 2300 3"), at(set, 23));
        assertEquals(List.of(), at(set, 8));
        assertEquals(List.of(), at(set, 20));
    }

    @Test
    @DisplayName("BHT*DATA: pyx12 reports BHT and REF 'not found' and the header and 2000A loops missing; we report "
            + "BHT01 not a code (7, no loop), REF unexpected (2) and 1000A, 1000B, 2000A missing (3) at SE. "
            + "Ours is closer: the BHT is where a BHT belongs, its code is wrong")
    void bhtWithAWrongPurposeCode() throws IOException {
        ReceivedSet set = onlySet("xlate__staedi__837-header-ref-only.edi");
        assertEquals(List.of("BHT@2 - 1/1005=7 8"), at(set, 2));
        assertEquals(List.of("REF@3 - 2"), at(set, 3));
        assertEquals(List.of("NM1@4 1000A 3", "NM1@4 1000B 3", "HL@4 2000A 3"), at(set, 4));
    }

    // ---- one side reports, the other does not ----

    @Test
    @DisplayName("HL*2*1*22*1 with no HL under it: pyx12 says nothing; we report HL04 (7). Ours is right: HL04 1 "
            + "promises a subordinate level, and pyx12 does not check HL04 against what follows")
    void hl04PromisesAChildThatNeverComes() throws IOException {
        assertEquals(List.of("HL@16 2000B 4/736=7 8"), at(onlySet(IMS + "x12_ambiguous_loop.txt"), 16));
    }

    @Test
    @DisplayName("REF*EI twice in 2010AA: pyx12 reports the second as over its maximum (IK304 5); we report nothing. "
            + "pyx12 is right: the tax id REF is max 1; our structure table sums 2010AA's REF slots (EI/SY and the "
            + "license REFs) into one row of max 3, and the element table allows EI in every one")
    void taxIdReferenceTwice() throws IOException {
        ReceivedSet set = onlySet(IMS + "x12_segment_errors.txt");
        assertEquals(List.of(), at(set, 9));
        assertEquals(List.of(), at(set, 10));
    }

    @Test
    @DisplayName("LX*2 as a claim's first service line: pyx12 reports 'LX01 2 does not match my count of 1'; we "
            + "report nothing. pyx12 is right by the guide (LX01 starts at 1 and goes up by 1 in each claim); "
            + "we do not check LX01's sequence")
    void serviceLineNumberSequence() throws IOException {
        assertEquals(List.of(), at(onlySet(IMS + "x12_valid.txt"), 31));
    }

    @Test
    @DisplayName("837I 2010AA N4*CALVERTON*MD*20705: pyx12 reports N403 not matching [0-9]{9}; we report nothing. "
            + "pyx12 is right: the guide wants the billing provider's ZIP+4; our table checks N403 for 3 to 15 characters only")
    void billingProviderZipOfFiveDigits() throws IOException {
        assertEquals(List.of(), at(onlySet(IMS + "x223-test.txt"), 9));
    }

    @Test
    @DisplayName("837I DTP*434*D8 (statement period): pyx12 reports D8 not a valid DTP02 code; we report nothing. "
            + "pyx12 is right: 434 takes RD8; our table keeps one code list per element for all of 2300's DTPs, so a "
            + "qualifier-dependent format is not checked")
    void statementPeriodAsASingleDate() throws IOException {
        assertEquals(List.of(), at(onlySet(IMS + "x223-test.txt"), 25));
    }

    @Test
    @DisplayName("HI*BK:1739** (trailing element separators): pyx12 reports 'trailing element terminators'; we "
            + "report nothing. pyx12 follows the letter of X12 (empty trailing elements are not sent); we accept "
            + "them on purpose: they carry no data and the values read are the same")
    void trailingElementSeparators() throws IOException {
        assertEquals(List.of(), at(onlySet(IMS + "x12_ambiguous_loop.txt"), 26));
    }

    @Test
    @DisplayName("'~ ' before a segment: pyx12 reports 'segment contains a leading space'; we report nothing. "
            + "pyx12 follows the letter of X12; the reader skips whitespace after a terminator on purpose (the "
            + "same rule that lets one segment a line through), so the segment reads the same")
    void leadingSpaceBeforeASegment() throws IOException {
        ReceivedSet set = onlySet(IMS + "x223-test.txt");
        for (int position = 30; position <= 40; position++) {
            assertEquals(List.of(), at(set, position), "position " + position);
        }
    }

    @Test
    @DisplayName("SE01 25 for 34 segments: pyx12 reports the SE count wrong; so does the envelope reader (IK502 4), "
            + "not the element checks. Same verdict: the set is rejected")
    void seSegmentCount() throws IOException {
        ReceivedSet set = onlySet(IMS + "x12_valid.txt");
        assertEquals(List.of("4"), set.setErrorCodes());
        assertEquals(34, set.segmentCount());
    }
}
