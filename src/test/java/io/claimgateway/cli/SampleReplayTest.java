package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every sample in order, as a tester would, and compares each output byte for byte with
 * the golden files in samples/expected (835s, claims JSON and rejection reports).
 */
class SampleReplayTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Path EXPECTED = SAMPLES.resolve("expected");

    @Test
    void replayOfTheSamplesMatchesTheGoldenFilesByteForByte(@TempDir Path out) throws Exception {
        int status = GatewayCommand.execute(replayArguments(out));

        assertEquals(1, status, "the rejected samples make replay exit 1");
        assertEquals(fileNames(EXPECTED), fileNames(out));
        for (String name : fileNames(EXPECTED)) {
            assertEquals(Files.readString(EXPECTED.resolve(name)), Files.readString(out.resolve(name)), name);
        }
    }

    @Test
    void replayIsReproducible(@TempDir Path first, @TempDir Path second) throws Exception {
        GatewayCommand.execute(replayArguments(first));
        GatewayCommand.execute(replayArguments(second));

        for (String name : fileNames(first)) {
            assertEquals(-1L, Files.mismatch(first.resolve(name), second.resolve(name)), name);
        }
    }

    @Test
    void replayWithoutInputsIsAUsageError(@TempDir Path out) throws Exception {
        assertEquals(2, GatewayCommand.execute(new String[] {"replay", "--authorizations",
            "samples/reference/authorizations.csv", "--providers", "samples/reference/providers.csv",
            "--out", out.toString()}));
        assertEquals(2, GatewayCommand.execute(new String[] {"replay", "--as-of", "20261120"}));
    }

    static String[] replayArguments(Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of("replay",
                "--authorizations", "samples/reference/authorizations.csv",
                "--providers", "samples/reference/providers.csv",
                "--as-of", "2026-11-20",
                "--out", out.toString()));
        args.addAll(inputs(SAMPLES));
        args.addAll(inputs(SAMPLES.resolve("rejected")));
        return args.toArray(String[]::new);
    }

    private static List<String> inputs(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".x12"))
                    .map(Path::toString).sorted().toList();
        }
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
