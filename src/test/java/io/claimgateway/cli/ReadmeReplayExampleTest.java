package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's replay example, as pasted: its command's own arguments (globs expanded as the shell
 * does, the output folder a fresh one) through the CLI, then its {@code diff -r} against the
 * golden files: no difference either way.
 */
class ReadmeReplayExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "```\\n(bin/claim-gateway replay --authorizations samples/.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeReplayExampleGivesExactlyTheGoldenFiles(@TempDir Path out) throws IOException {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        assertTrue(example.find(), "README.md has the replay example");
        String[] lines = example.group(1).replace("\\\n", " ").split("\n");
        String replay = lines[0];
        String diff = lines[1];
        assertTrue(diff.startsWith("diff -r samples/expected /tmp/replay"), diff);

        List<String> args = new ArrayList<>();
        for (String word : replay.trim().split("\\s+")) {
            if (word.equals("bin/claim-gateway")) {
                continue;
            }
            if (word.equals("/tmp/replay")) {
                args.add(out.toString());
            } else if (word.contains("*")) {
                args.addAll(glob(word));
            } else {
                args.add(word);
            }
        }
        GatewayCommand.execute(args.toArray(String[]::new));

        List<String> expected = names(Path.of("samples/expected"));
        assertEquals(expected, names(out), "the same files on both sides");
        for (String name : expected) {
            assertEquals(-1L, Files.mismatch(Path.of("samples/expected", name), out.resolve(name)), name);
        }
    }

    /** As the shell expands {@code samples/0*.x12}: the matching names of the folder, sorted. */
    private static List<String> glob(String pattern) throws IOException {
        Path folder = Path.of(pattern).getParent();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(matcher::matches).map(Path::toString).sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
