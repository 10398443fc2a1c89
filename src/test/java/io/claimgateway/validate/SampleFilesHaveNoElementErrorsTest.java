package io.claimgateway.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import io.claimgateway.bench.Synthetic837Generator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own valid 837s: a false positive here would reject good claims, the worst bug of a checker. */
class SampleFilesHaveNoElementErrorsTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            // 09 holds bad values on purpose: its errors are the golden 999 of SampleReplayTest.
            List<Path> x12 = files.filter(f -> f.toString().endsWith(".x12"))
                    .filter(f -> !f.getFileName().toString().startsWith("09-bad-element-values")).sorted().toList();
            assertFalse(x12.isEmpty(), "no samples/*.x12 found");
            return x12.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleHasNoElementErrors(Path sample) throws IOException {
        List<SegmentSplitter.CheckedSet> sets = SegmentSplitter.check(sample);
        assertFalse(sets.isEmpty(), "no 837 transaction set checked in " + sample);
        for (SegmentSplitter.CheckedSet set : sets) {
            assertEquals(List.of(), set.errors().stream().map(SegmentSplitter::describe).toList(),
                    sample + " ST " + set.controlNumber());
        }
    }

    /** The benchmark's generated 837Ps vary names, amounts, dates and loops: none may be flagged. */
    @Test
    void generatedFilesHaveNoElementErrors(@TempDir Path directory) throws IOException {
        try (Synthetic837Generator generator = new Synthetic837Generator(directory, LocalDate.of(2026, 11, 20), 837)) {
            Path file = generator.write(directory.resolve("synthetic.837p.x12"), 500, "GEN").path();
            List<SegmentSplitter.CheckedSet> sets = SegmentSplitter.check(file);
            assertFalse(sets.isEmpty(), "no transaction set in the generated file");
            for (SegmentSplitter.CheckedSet set : sets) {
                assertEquals(List.of(), set.errors().stream().map(SegmentSplitter::describe).toList());
            }
        }
    }
}
