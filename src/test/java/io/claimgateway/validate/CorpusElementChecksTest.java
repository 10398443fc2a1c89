package io.claimgateway.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 837P/837I files of the shared corpus the gateway processes (GS08 005010X222A1 or
 * 005010X223A2, a readable ISA), with what the checker finds in them. Findings are recorded per
 * kind (segment, loop, then element/reference=IK403 per bad element) with their count; checked
 * by hand against pyx12 (/work/shared/tools/x12-validate):
 * <ul>
 * <li>the malformed {@code HI*BK*8901*BF*87200*BF:5559} of the imsweb files: pyx12 reports the
 *     same elements (HI01-2, HI02-2, HI03-2, HI04-2 missing; HI02-1, HI04-1 too long; it also
 *     reports code 7 on HI02-1/HI04-1, we report one IK4 per element, the first failure);</li>
 * <li>x12_bad_valid_code: NM1*117 where 2010AA starts (pyx12: segment not found; here NM101 code 7);</li>
 * <li>x12_complex: NM108 "X" in 2310B and 2420D, N402 "11" (not a state) in 2310C and 2420C, OI04
 *     "A"/"B"/"C"/"D" (not a signature source code) in 2320 (pyx12: the same, code 7);</li>
 * <li>x12_missing_elements: CLM05 missing, NM102 missing in 1000B (pyx12: the same);</li>
 * <li>x12_missing_required_loops_mult_repeats: DTP*472 in 2300 after a missing SV1 (pyx12: segment
 *     not found) and DTP02 "RD9";</li>
 * <li>x223-test: CLM05-2 "B" on an 837I, CLM06 and CLM10 not used (pyx12: the same three) and
 *     DTP*304 in 2400 (pyx12: segment not found); NM103/NM108/NM109 not used in 2330F (pyx12: the same). pyx12 also rejects DTP*434*D8 (434 needs RD8):
 *     the table keeps one code list per element, so a qualifier-dependent format is not checked.</li>
 * <li>837-header-ref-only: BHT01 "DATA" (pyx12: BHT segment not found, the set fails too).</li>
 * </ul>
 * Each class where the two part is pinned, with its verdict, by CorpusDisagreementsWithPyx12Test.
 * Structure findings (StructureChecker) and where they part from pyx12, one class each:
 * <ul>
 * <li>HL04 = 1 with no child HL (x12_ambiguous_loop, x12_valid and most imsweb files: "HL 2000B
 *     4/736=7"): pyx12 says nothing; we reject, as HL04 1 promises a subordinate level. We are right
 *     by the HL04 definition; pyx12 does not follow HL04.</li>
 * <li>HL01 out of sequence, HL02 naming no earlier HL (x12_complex, x12_no_errors, ...: "HL 2000B
 *     1/628=I12", "2/734=I12"): pyx12 reports the same ("My HL count ... does not match", "HL parent
 *     ... is not a valid parent"); the same elements.</li>
 * <li>A segment the loop does not have or out of its order (x12_missing_required_loops_mult_repeats
 *     "SV1 2300", x223-test "DTP 2400", x12_segment_errors): pyx12 reports IK304 1 "segment not
 *     found"; we report 2 (unexpected) or 7 (out of order), which name the fault more closely.
 *     Same segment, same verdict.</li>
 * <li>A required segment or loop missing (x223-test "REF 2330F", 837-header-ref-only "NM1 1000A"):
 *     pyx12 reports the same (IK304 3), at the segment where it notices; we report it where the loop
 *     closes.</li>
 * <li>Not covered here, pyx12 stricter: 2010AA N403 must be 9 digits (pyx12's regex), DTP*434 needs
 *     RD8, SE01 counts (the envelope reader's job), leading spaces before a segment.</li>
 * </ul>
 */
class CorpusElementChecksTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final String IMS = "imsweb__x12-parser__";
    private static final String STAEDI = "xlate__staedi__";
    /** HI*BK*8901*BF*87200*BF:5559: qualifiers and codes sent as separate elements. */
    private static final String HI_MALFORMED =
            "HI 2300 1-2/1271=1 2-1/1270=5 2-2/1271=1 3-2/1271=1 4-1/1270=5 4-2/1271=1";

    /** File, then how many transaction sets are checked and the findings by kind. */
    private record Expected(int sets, Map<String, Integer> findings) {
    }

    private static final Map<String, Expected> TABLE = new TreeMap<>();

    static {
        expect(IMS + "x12_ambiguous_loop.txt", 1,
                "HL 2000B 4/736=7", 1);
        expect(IMS + "x12_bad_segment_identifier.txt", 1,
                " 1000A", 1,
                HI_MALFORMED, 2,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 2/734=I12", 1,
                "HL 2000B 4/736=7", 1,
                "N4 2010AA", 1,
                "NM1 2010BA", 1,
                "NM31 2000B", 1,
                "Nd4 2010AA", 1,
                "PER 1000A", 1);
        expect(IMS + "x12_bad_valid_code.txt", 1,
                HI_MALFORMED, 2,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 2/734=I12", 1,
                "HL 2000B 4/736=7", 1,
                "NM1 2010AA 1/98=7", 1);
        expect(IMS + "x12_complex.txt", 2,
                HI_MALFORMED, 6,
                "HL 2000B 1/628=I12", 2,
                "HL 2000B 2/734=I12", 2,
                "HL 2000C 1/628=I12", 2,
                "N4 2310C 2/156=7", 6,
                "N4 2420C 2/156=7", 2,
                "NM1 2310B 8/66=7", 4,
                "NM1 2420D 8/66=7", 2,
                "OI 2320 4/1351=7", 8,
                "REF 2330C", 8);
        expect(IMS + "x12_loop_errors1_exceeds_max_1_parent.txt", 1,
                HI_MALFORMED, 1,
                "HL 2000B 4/736=7", 1,
                "NM1 2010AA", 1);
        expect(IMS + "x12_loop_errors2_exceeds_max_repeats_multiple_parents.txt", 1,
                HI_MALFORMED, 2,
                "HL 2000A 1/628=I12", 1,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 4/736=7", 1,
                "NM1 2010AA", 1);
        expect(IMS + "x12_loop_errors3_missing_loops.txt", 1,
                HI_MALFORMED, 1,
                "HL 2000B 4/736=7", 1,
                "NM1 2010AA", 1);
        expect(IMS + "x12_many_claims.txt", 1,
                HI_MALFORMED, 820,
                "HL 2000A 1/628=I12", 409,
                "HL 2000B 1/628=I12", 819,
                "HL 2000B 2/734=I12", 410,
                "HL 2000B 4/736=7", 1);
        expect(IMS + "x12_missing_elements.txt", 1,
                "CLM 2300 5/?=1", 1,
                HI_MALFORMED, 2,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 2/734=I12", 1,
                "HL 2000B 4/736=7", 1,
                "NM1 1000B 2/1065=1", 1);
        expect(IMS + "x12_missing_required_loop_in_one_repeat.txt", 1,
                HI_MALFORMED, 2,
                "HL 2000A 1/628=I12", 1,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 2/734=I12", 1,
                "HL 2000B 4/736=7", 1,
                "NM1 2010BA", 1);
        expect(IMS + "x12_missing_required_loops_mult_repeats.txt", 1,
                "DTP 2300", 2,
                "DTP 2300 1/374=7", 1,
                "DTP 2300 1/374=7 2/1250=7", 1,
                HI_MALFORMED, 5,
                "HL 2000B 1/628=I12", 4,
                "HL 2000B 2/734=I12", 1,
                "HL 2000B 4/736=7", 1,
                "LX 2400", 2,
                "SV1 2300", 2);
        expect(IMS + "x12_multiple_gs.txt", 3,
                HI_MALFORMED, 6,
                "HL 2000B 1/628=I12", 3,
                "HL 2000B 2/734=I12", 3,
                "HL 2000B 4/736=7", 3);
        expect(IMS + "x12_multiple_isa.txt", 2,
                HI_MALFORMED, 4,
                "HL 2000B 1/628=I12", 2,
                "HL 2000B 2/734=I12", 2,
                "HL 2000B 4/736=7", 2);
        expect(IMS + "x12_multiple_st.txt", 2,
                HI_MALFORMED, 4,
                "HL 2000B 1/628=I12", 2,
                "HL 2000B 2/734=I12", 2,
                "HL 2000B 4/736=7", 2);
        expect(IMS + "x12_multiple_transactions.txt", 312,
                HI_MALFORMED, 624,
                "HL 2000B 1/628=I12", 312,
                "HL 2000B 2/734=I12", 312,
                "HL 2000B 4/736=7", 312);
        expect(IMS + "x12_no_errors.txt", 1,
                HI_MALFORMED, 2,
                "HL 2000A 1/628=I12", 1,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 4/736=7", 1);
        expect(IMS + "x12_segment_errors.txt", 1,
                "HI 2300", 1,
                "HL 2000B 4/736=7", 1,
                "N3 2010AA", 1);
        expect(IMS + "x12_segments_out_of_order.txt", 1,
                HI_MALFORMED, 2,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 2/734=I12", 1,
                "HL 2000B 4/736=7", 1,
                "N3 2010AB", 1,
                "N4 2010AA", 1);
        expect(IMS + "x12_valid.txt", 1,
                HI_MALFORMED, 2,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 2/734=I12", 1,
                "HL 2000B 4/736=7", 1);
        expect(IMS + "x12_valid_different_separators.txt", 1,
                HI_MALFORMED, 2,
                "HL 2000B 1/628=I12", 1,
                "HL 2000B 2/734=I12", 1,
                "HL 2000B 4/736=7", 1);
        expect(IMS + "x12_writer_test.txt", 1,
                "HL 2000B 4/736=7", 1);
        expect(IMS + "x223-test.txt", 1,
                "CLM 2300 5-2/1332=7 6/1073=I10 10/1351=I10", 1,
                "DTP 2400", 1,
                "DTP 2400 1/374=7", 1,
                "NM1 2330F 3/1035=I10 8/66=I10 9/67=I10", 1,
                "REF 2330F", 1);
        expect(STAEDI + "837-header-ref-only.edi", 1,
                "BHT - 1/1005=7", 1,
                "HL 2000A", 1,
                "NM1 1000A", 1,
                "NM1 1000B", 1,
                "REF -", 1);
    }

    private static void expect(String file, int sets, Object... kindsAndCounts) {
        Map<String, Integer> findings = new TreeMap<>();
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            findings.put((String) kindsAndCounts[i], (Integer) kindsAndCounts[i + 1]);
        }
        TABLE.put(file, new Expected(sets, findings));
    }

    private static List<Path> processedFiles() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "shared corpus not found at " + CORPUS.toAbsolutePath() + ": corpus element checks skipped");
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).sorted().filter(CorpusElementChecksTest::processed).toList();
        }
    }

    /** Whether the gateway reads the file's claims: a readable ISA and an 837 guide it knows. */
    private static boolean processed(Path file) {
        try {
            return !SegmentSplitter.check(file).isEmpty();
        } catch (RuntimeException | IOException e) {
            return false;
        }
    }

    @Test
    void everyProcessedCorpusFileHasARecordedOutcome() throws IOException {
        assertEquals(TABLE.keySet(),
                new java.util.TreeSet<>(processedFiles().stream().map(f -> f.getFileName().toString()).toList()));
    }

    @TestFactory
    Stream<DynamicTest> corpusFindingsAreTheRecordedOnes() throws IOException {
        return processedFiles().stream().filter(f -> TABLE.containsKey(f.getFileName().toString()))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    List<SegmentSplitter.CheckedSet> sets = SegmentSplitter.check(file);
                    Map<String, Integer> findings = new TreeMap<>();
                    sets.forEach(set -> set.errors().forEach(error -> findings.merge(
                            SegmentSplitter.describe(error).replaceFirst("@\\d+", ""), 1, Integer::sum)));
                    Expected expected = TABLE.get(file.getFileName().toString());
                    assertEquals(expected, new Expected(sets.size(), findings));
                }));
    }
}
