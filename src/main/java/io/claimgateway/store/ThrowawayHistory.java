package io.claimgateway.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The paid history of a replay run without {@code --history}: an H2 file store in a temporary
 * folder, removed when the JVM exits. A file store, not an in-memory one, so the history of a
 * large replay lives on disk and the heap stays bounded whatever the input's size (an in-memory
 * H2 holds every paid line in the heap). The folder's name carries the process id; one left by a
 * process that no longer runs (killed before its exit hook) is removed by the next replay.
 */
public final class ThrowawayHistory {

    static final String PREFIX = "claim-gateway-replay-";

    private ThrowawayHistory() {
    }

    /** A JDBC URL of a fresh H2 file store that is deleted, folder and all, when the JVM exits. */
    public static String jdbcUrl() {
        return jdbcUrl(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static String jdbcUrl(Path parent) {
        removeAbandoned(parent);
        try {
            Path folder = Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "replay-history-cleanup"));
            return "jdbc:h2:file:" + folder.resolve("history").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary history folder in " + parent, e);
        }
    }

    /** Removes the folders of replays whose process is gone. */
    static void removeAbandoned(Path parent) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && ownerIsGone(folder.getFileName().toString())) {
                    deleteTree(folder);
                }
            }
        } catch (IOException e) {
            // Only housekeeping: a folder left now is removed by a later replay.
        }
    }

    private static boolean ownerIsGone(String name) {
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Left for the next replay's removeAbandoned.
        }
    }
}
