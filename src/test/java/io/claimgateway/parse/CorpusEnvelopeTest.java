package io.claimgateway.parse;

import static io.claimgateway.parse.RejectionReason.GROUP_NOT_HEALTH_CARE_CLAIM;
import static io.claimgateway.parse.RejectionReason.GROUP_VERSION_NOT_SUPPORTED;
import static io.claimgateway.parse.RejectionReason.INVALID_SEGMENT_ID;
import static io.claimgateway.parse.RejectionReason.ISA_NOT_FIXED_WIDTH;
import static io.claimgateway.parse.RejectionReason.NO_INTERCHANGE_HEADER;
import static io.claimgateway.parse.RejectionReason.SEGMENT_COUNT_MISMATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the shared conformance corpus, with the outcome it must get. The table was built
 * from corpus/SOURCES.md and by reading the files (segment counts checked independently); a file
 * added to the corpus without a row here fails {@link #everyCorpusFileHasAnExpectedOutcome()}.
 */
class CorpusEnvelopeTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    /** Strict outcome, then lenient (no SE01/GE01/IEA01 checks) outcome. */
    record Expected(Outcome strict, Outcome lenient) {
    }

    sealed interface Outcome permits AcceptedWith, RejectedFor {
    }

    record AcceptedWith(int transactions) implements Outcome {
    }

    record RejectedFor(RejectionReason reason, String message) implements Outcome {
    }

    private static final String IMS = "imsweb__x12-parser__";
    private static final String STAEDI = "xlate__staedi__";
    private static final String KEIRON = "keironstoddart__edi-835-parser__";

    private static final Map<String, Expected> TABLE = new LinkedHashMap<>();

    static {
        // 835s: the group is HP (payment), not HC, so they stop at GS before ST01 835 is seen.
        row("azoner__pyx12__835_mult_loops.txt", notClaims(107), notClaims(107));
        row(KEIRON + "emedny_sample.txt", notClaims(106), notClaims(106));
        row(KEIRON + "united_healthcare_legacy_sample.txt", notClaims(106), notClaims(106));
        row(KEIRON + "blue_cross_nc_sample.txt", noIsa("ST*"), noIsa("ST*"));
        row(IMS + "x12_no_isa_line.txt", noIsa("GS*"), noIsa("GS*"));

        RejectedFor badFirstLine = new RejectedFor(ISA_NOT_FIXED_WIDTH,
                "ISA02 is 9 characters; the fixed-width ISA (106 characters) needs 10");
        row(IMS + "x12_bad_first_line.txt", badFirstLine, badFirstLine);
        RejectedFor emptyTag = new RejectedFor(INVALID_SEGMENT_ID, "Segment has an empty identifier (segment 4)");
        row(IMS + "x12_bad_segment_identifier.txt", emptyTag, emptyTag);

        // SE01 is 25 in all imsweb fixtures; the actual counts match SOURCES.md.
        row(IMS + "x12_ambiguous_loop.txt", se01(33), accepted(1));
        row(IMS + "x12_bad_valid_code.txt", se01(34), accepted(1));
        row(IMS + "x12_complex.txt", se01(147), accepted(2));
        row(IMS + "x12_loop_errors1_exceeds_max_1_parent.txt", se01(31), accepted(1));
        row(IMS + "x12_loop_errors2_exceeds_max_repeats_multiple_parents.txt", se01(50), accepted(1));
        row(IMS + "x12_loop_errors3_missing_loops.txt", se01(19), accepted(1));
        row(IMS + "x12_many_claims.txt", se01(11486), accepted(1));
        row(IMS + "x12_missing_elements.txt", se01(34), accepted(1));
        row(IMS + "x12_missing_required_loop_in_one_repeat.txt", se01(40), accepted(1));
        row(IMS + "x12_missing_required_loops_mult_repeats.txt", se01(59), accepted(1));
        row(IMS + "x12_multiple_gs.txt", se01(34), accepted(3));
        row(IMS + "x12_multiple_isa.txt", se01(34), accepted(2));
        row(IMS + "x12_multiple_st.txt", se01(34), accepted(2));
        row(IMS + "x12_multiple_transactions.txt", se01(34), accepted(312));
        row(IMS + "x12_no_errors.txt", se01(41), accepted(1));
        row(IMS + "x12_segment_errors.txt", se01(23), accepted(1));
        row(IMS + "x12_segments_out_of_order.txt", se01(34), accepted(1));
        row(IMS + "x12_valid.txt", se01(34), accepted(1));
        row(IMS + "x12_valid_different_separators.txt", se01(34), accepted(1));
        row(IMS + "x12_writer_test.txt", se01(31), accepted(1));
        row(IMS + "x223-test.txt", se01(48), accepted(1));

        row(STAEDI + "837-header-ref-only.edi", accepted(1), accepted(1));
        // staedi fixtures use the base guide (005010X222) or a bare 005010: not supported by default.
        row(STAEDI + "sample837-original.edi", version("005010X222", 108), version("005010X222", 108));
        row(STAEDI + "sample837-small.edi", version("005010X222", 106), version("005010X222", 106));
        row(STAEDI + "sample837-HL-nested.edi", version("005010", 106), version("005010", 106));
    }

    private static void row(String file, Outcome strict, Outcome lenient) {
        TABLE.put(file, new Expected(strict, lenient));
    }

    private static AcceptedWith accepted(int transactions) {
        return new AcceptedWith(transactions);
    }

    private static RejectedFor se01(int actual) {
        return new RejectedFor(SEGMENT_COUNT_MISMATCH,
                "SE01 says 25 segments but the transaction set 987654 has " + actual + " (segment " + actual + ", SE)");
    }

    private static RejectedFor notClaims(long gsOffset) {
        return new RejectedFor(GROUP_NOT_HEALTH_CARE_CLAIM,
                "GS01 is HP, not HC (health care claim); only 837 claims are accepted (GS at byte " + gsOffset + ")");
    }

    private static RejectedFor noIsa(String start) {
        return new RejectedFor(NO_INTERCHANGE_HEADER, "The file does not start with ISA; it starts with \"" + start + "\"");
    }

    private static RejectedFor version(String gs08, long gsOffset) {
        return new RejectedFor(GROUP_VERSION_NOT_SUPPORTED, "GS08 " + gs08
                + " is not supported; supported versions are 005010X222A1, 005010X223A2 (GS at byte " + gsOffset + ")");
    }

    @Test
    void everyCorpusFileHasAnExpectedOutcome() throws IOException {
        assumeCorpus();
        Set<String> present = new TreeSet<>(corpusFiles().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(new TreeSet<>(TABLE.keySet()), present);
    }

    @TestFactory
    Stream<DynamicTest> strictScanGivesTheExpectedOutcome() throws IOException {
        assumeCorpus();
        return corpusFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> check(file, ScanPolicy.strict(), expected(file).strict())));
    }

    @TestFactory
    Stream<DynamicTest> lenientScanGivesTheExpectedOutcome() throws IOException {
        assumeCorpus();
        return corpusFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> check(file, X12.LENIENT, expected(file).lenient())));
    }

    @Test
    void staediBaseGuideFilesAreAcceptedWhenTheCallerSupportsTheirVersions() throws IOException {
        assumeCorpus();
        EnvelopeScanner scanner = new EnvelopeScanner(
                ScanPolicy.strict().withSupportedVersions(Set.of("005010X222", "005010")));
        Map<String, List<Integer>> segmentCounts = Map.of(
                "sample837-original.edi", List.of(39),
                "sample837-small.edi", List.of(8, 4),
                "sample837-HL-nested.edi", List.of(23, 13));
        for (Map.Entry<String, List<Integer>> entry : segmentCounts.entrySet()) {
            ScanResult result = scanner.scan(CORPUS.resolve(STAEDI + entry.getKey()));
            if (!(result instanceof ScanResult.Accepted accepted)) {
                fail(entry.getKey() + ": " + result);
                return;
            }
            assertEquals(entry.getValue(), accepted.transactions().stream().map(TransactionSummary::segmentCount).toList(),
                    entry.getKey());
            assertEquals('\n', accepted.delimiters().segmentTerminator(), entry.getKey());
        }
    }

    @Test
    void locatorFindsTheInvalidNm1InBadValidCode() throws IOException {
        assumeCorpus();
        Path file = CORPUS.resolve(IMS + "x12_bad_valid_code.txt");
        ScanResult result = new EnvelopeScanner(X12.LENIENT).scan(file);
        if (!(result instanceof ScanResult.Accepted accepted)) {
            fail(result.toString());
            return;
        }
        long offset = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("NM1*117");
        LocatedSegment nm1;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            nm1 = SegmentLocator.locate(in, accepted.delimiters(), offset + 4).orElseThrow();
        }
        assertEquals("NM1", nm1.tag());
        assertEquals(java.util.OptionalInt.of(7), nm1.positionInTransaction());
        assertEquals(java.util.Optional.of("987654"), nm1.transactionControlNumber());
        assertEquals("NM1*117*2*MEDICAL GROUP*****XX*1234567890", nm1.text());
    }

    private static void check(Path file, ScanPolicy policy, Outcome expected) {
        ScanResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new EnvelopeScanner(policy).scan(file));
        Outcome actual = result instanceof ScanResult.Accepted a
                ? new AcceptedWith(a.transactions().size())
                : new RejectedFor(((ScanResult.Rejected) result).rejection().reason(),
                        ((ScanResult.Rejected) result).rejection().message());
        assertEquals(expected, actual);
    }

    private static Expected expected(Path file) {
        Expected expected = TABLE.get(file.getFileName().toString());
        if (expected == null) {
            fail("no expected outcome for " + file.getFileName() + "; add a row to the table");
        }
        return expected;
    }

    private static void assumeCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "shared corpus not found at " + CORPUS.toAbsolutePath().normalize() + "; corpus tests skipped");
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("SOURCES.md"))
                    .sorted()
                    .toList();
        }
    }
}
