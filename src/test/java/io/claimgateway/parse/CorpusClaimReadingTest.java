package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file of the shared conformance corpus through the whole reader (envelope scan and Smooks
 * parse): the gateway's strict outcome, and — with control counts not checked — the number of
 * claims Smooks reads from the files whose only defect is their counts (SOURCES.md's CLM column).
 * Skipped, visibly, where ../shared/corpus is absent.
 */
class CorpusClaimReadingTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    private static ClaimFileReader strict;
    private static ClaimFileReader lenient;

    @BeforeAll
    static void readers() {
        strict = new ClaimFileReader(ScanPolicy.strict());
        lenient = new ClaimFileReader(X12.LENIENT);
    }

    @ParameterizedTest(name = "{0}: strict {1}, lenient {2}")
    @CsvSource(delimiter = '|', textBlock = """
            azoner__pyx12__835_mult_loops.txt                                          | ENV101 | ENV101
            imsweb__x12-parser__x12_ambiguous_loop.txt                                 | ENV204 | 1
            imsweb__x12-parser__x12_bad_first_line.txt                                 | ENV004 | ENV004
            imsweb__x12-parser__x12_bad_segment_identifier.txt                         | ENV301 | ENV301
            imsweb__x12-parser__x12_bad_valid_code.txt                                 | ENV204 | 2
            imsweb__x12-parser__x12_complex.txt                                        | ENV204 | 6
            imsweb__x12-parser__x12_loop_errors1_exceeds_max_1_parent.txt              | ENV204 | 1
            imsweb__x12-parser__x12_loop_errors2_exceeds_max_repeats_multiple_parents.txt | ENV204 | 2
            imsweb__x12-parser__x12_loop_errors3_missing_loops.txt                     | ENV204 | PRS002
            imsweb__x12-parser__x12_many_claims.txt                                    | ENV204 | 820
            imsweb__x12-parser__x12_missing_elements.txt                               | ENV204 | 2
            imsweb__x12-parser__x12_missing_required_loop_in_one_repeat.txt            | ENV204 | PRS001
            imsweb__x12-parser__x12_missing_required_loops_mult_repeats.txt            | ENV204 | PRS001
            imsweb__x12-parser__x12_multiple_gs.txt                                    | ENV204 | 6
            imsweb__x12-parser__x12_multiple_isa.txt                                   | ENV204 | 4
            imsweb__x12-parser__x12_multiple_st.txt                                    | ENV204 | 4
            imsweb__x12-parser__x12_multiple_transactions.txt                          | ENV204 | 624
            imsweb__x12-parser__x12_no_errors.txt                                      | ENV204 | 2
            imsweb__x12-parser__x12_no_isa_line.txt                                    | ENV002 | ENV002
            imsweb__x12-parser__x12_segment_errors.txt                                 | ENV204 | 1
            imsweb__x12-parser__x12_segments_out_of_order.txt                          | ENV204 | 2
            imsweb__x12-parser__x12_valid.txt                                          | ENV204 | 2
            imsweb__x12-parser__x12_valid_different_separators.txt                     | ENV204 | 2
            imsweb__x12-parser__x12_writer_test.txt                                    | ENV204 | 1
            imsweb__x12-parser__x223-test.txt                                          | ENV204 | 1
            keironstoddart__edi-835-parser__blue_cross_nc_sample.txt                   | ENV002 | ENV002
            keironstoddart__edi-835-parser__emedny_sample.txt                          | ENV101 | ENV101
            keironstoddart__edi-835-parser__united_healthcare_legacy_sample.txt        | ENV101 | ENV101
            xlate__staedi__837-header-ref-only.edi                                     | PRS001 | PRS001
            xlate__staedi__sample837-HL-nested.edi                                     | ENV102 | ENV102
            xlate__staedi__sample837-original.edi                                      | ENV102 | ENV102
            xlate__staedi__sample837-small.edi                                         | ENV102 | ENV102
            """)
    void everyCorpusFileHasADefiniteOutcome(String file, String strictOutcome, String lenientOutcome) {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent: corpus conformance not checked");
        Path path = CORPUS.resolve(file);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertEquals(strictOutcome, outcome(strict, path), "strict");
            assertEquals(lenientOutcome, outcome(lenient, path), "control counts not checked");
        });
    }

    /** The rejection code, or the number of claims read. */
    private static String outcome(ClaimFileReader reader, Path file) throws Exception {
        AtomicInteger claims = new AtomicInteger();
        ClaimFileReader.Result result = reader.read(file, claim -> claims.incrementAndGet());
        if (result instanceof ClaimFileReader.Result.Rejected rejected) {
            assertFalse(rejected.rejection().message().isBlank(), "a rejection says what is wrong");
            return rejected.rejection().reason().code();
        }
        ClaimFileReader.Result.Read read = (ClaimFileReader.Result.Read) result;
        assertEquals(read.claims(), claims.get(), "every claim counted was handed on");
        return Integer.toString(read.claims());
    }
}
