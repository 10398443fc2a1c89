package io.claimgateway.gateway;

import io.claimgateway.support.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one place that names every output of an input file and says where the input itself goes,
 * for the folder route, the SFTP routes and replay alike. The rule: an output is the input's full
 * name (extension included) plus the output's suffix, so two inputs never share an output. In the
 * gateway's folders no name that exists is ever reused: a name taken by an earlier input (the same
 * file sent again) gets {@code ~2}, {@code ~3} ... before its suffixes, for the input too.
 */
public final class FilePlacement {

    /** Longest file name most file systems take, in bytes. */
    static final int MAX_NAME_BYTES = 255;
    /** Every suffix an output takes, for the collision check. */
    private static final List<String> SUFFIXES = List.of(".835", ".999", ".277", ".ta1", ".claims.json",
            ".error.txt", ".duplicate.txt", ".failed.txt");
    /** The longest name added to a stem: the staged name of the claims JSON ({@code .<stem>.claims.json.part}). */
    private static final int LONGEST_ADDITION = ".".length() + ".claims.json".length() + ".part".length() + "~99".length();

    private final Path outbox;
    private final Optional<Path> claims;
    private final Path error;
    private final Path duplicate;
    private final Optional<Path> archive;
    private final Path failed;
    private final boolean movesInput;
    private final int delivery;
    /** The archive, error and duplicate directories on a partner's server, when the input is there. */
    private final Optional<RemoteDirectories> remote;

    /** Directories on a partner's server, as the route template names them (relative to inbound, or absolute). */
    public record RemoteDirectories(String archive, String error, String duplicate) {
    }

    private FilePlacement(Path outbox, Optional<Path> claims, Path error, Path duplicate, Optional<Path> archive,
            Path failed, boolean movesInput, int delivery, Optional<RemoteDirectories> remote) {
        this.outbox = outbox.toAbsolutePath();
        this.claims = claims.map(Path::toAbsolutePath);
        this.error = error.toAbsolutePath();
        this.duplicate = duplicate.toAbsolutePath();
        this.archive = archive.map(Path::toAbsolutePath);
        this.failed = failed.toAbsolutePath();
        this.movesInput = movesInput;
        this.delivery = delivery;
        this.remote = remote;
    }

    /** The folder route: outputs in outbox, claims, error and duplicate; the input moved beside them. */
    public static FilePlacement folders(Path outbox, Path claims, Path archive, Path error, Path duplicate,
            Path failed) {
        return new FilePlacement(outbox, Optional.of(claims), error, duplicate, Optional.of(archive), failed, true, 1,
                Optional.empty());
    }

    /** Everything in one directory, the input left where it is (replay, an SFTP ledger entry). */
    public static FilePlacement directory(Path directory) {
        return new FilePlacement(directory, Optional.of(directory.resolve("")), directory, directory,
                Optional.empty(), directory, false, 1, Optional.empty());
    }

    /**
     * The same, for the {@code n}th content delivered under one name where free names cannot be
     * looked up (a partner's SFTP directories): outputs named {@code <name>~n...} from the second on.
     */
    public FilePlacement forDelivery(int n) {
        return new FilePlacement(outbox, claims, error, duplicate, archive, failed, movesInput, n, remote);
    }

    /**
     * The same, for an input that stays on a partner's server until its route moves it there: its
     * destinations are {@link #remoteDestination} in these directories.
     */
    public FilePlacement onServer(RemoteDirectories directories) {
        return new FilePlacement(outbox, claims, error, duplicate, archive, failed, movesInput, delivery,
                Optional.of(directories));
    }

    /** Where a remote input goes in {@code directory}: its name, {@code ~n} from the second delivery on. */
    static String remoteDestination(String directory, String inputName, int delivery) {
        return directory + "/" + inputName + numbered(delivery);
    }

    private static String numbered(int delivery) {
        return delivery > 1 ? "~" + delivery : "";
    }

    /** The outputs of the input called {@code inputName}. */
    public OutputFiles outputsFor(String inputName) {
        String base = reportStem(inputName);
        String stem = base + (movesInput ? collisionSuffix(base) : numbered(delivery));
        String inputAt = inputName + (movesInput ? inputCollisionSuffix(inputName) : "");
        Path remittance = outbox.resolve(stem + ".835");
        Optional<Path> claimsJson = claims.map(folder -> folder.resolve(stem + ".claims.json"));
        if (remote.isPresent()) {
            RemoteDirectories on = remote.get();
            return new OutputFiles(remittance, claimsJson, error.resolve(stem + ".error.txt"),
                    duplicate.resolve(stem + ".duplicate.txt"), remoteInput(on.archive(), inputName),
                    remoteInput(on.error(), inputName), remoteInput(on.duplicate(), inputName), true);
        }
        return new OutputFiles(remittance, claimsJson, error.resolve(stem + ".error.txt"),
                duplicate.resolve(stem + ".duplicate.txt"), input(archive, inputAt), input(Optional.of(error), inputAt),
                input(Optional.of(duplicate), inputAt), false);
    }

    private Optional<Path> remoteInput(String directory, String inputName) {
        return Optional.of(Path.of(remoteDestination(directory, inputName, delivery)));
    }

    /** Where an input that failed unexpectedly goes, and its report. */
    Path failedInput(String inputName) {
        return failed.resolve(freeName(failed, inputName, ""));
    }

    Path failedReport(String inputName) {
        return failed.resolve(freeName(failed, reportStem(inputName), ".failed.txt") + ".failed.txt");
    }

    /** Why an input cannot be named by the rule, if it cannot. */
    static Optional<String> unnameable(String inputName) {
        if (LogSafe.hasControlCharacters(inputName)) {
            return Optional.of("the file name holds control characters");
        }
        if (!fits(inputName)) {
            return Optional.of("the file name is too long for the names of its outputs (at most "
                    + (MAX_NAME_BYTES - LONGEST_ADDITION) + " bytes)");
        }
        return Optional.empty();
    }

    private Optional<Path> input(Optional<Path> folder, String name) {
        return movesInput ? folder.map(f -> f.resolve(name)) : Optional.empty();
    }

    private static boolean safe(String name) {
        return unnameable(name).isEmpty();
    }

    private static boolean fits(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length + LONGEST_ADDITION <= MAX_NAME_BYTES;
    }

    /** The stem of the input's outputs: its name, or for a name that cannot be one, a safe short form. */
    static String reportStem(String inputName) {
        if (safe(inputName)) {
            return byRule(inputName);
        }
        StringBuilder stem = new StringBuilder();
        inputName.codePoints().limit(100).forEach(c -> stem.appendCodePoint(
                Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '_' : c));
        while (!fits(stem + "~00000000")) {
            stem.setLength(stem.length() - 1);
        }
        return stem + "~" + Sha256.hex(inputName).substring(0, 8);
    }

    /**
     * The naming rule: the input's full name, extension included ({@code 01-a.837p.x12} gives
     * {@code 01-a.837p.x12.835}), so {@code dup.x12} and {@code dup.edi} never share an output.
     */
    static String byRule(String inputName) {
        return inputName;
    }

    /** Nothing, or {@code ~n} such that no output of the stem exists yet. */
    private String collisionSuffix(String stem) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "" : "~" + n;
            if (!taken(stem + suffix)) {
                return suffix;
            }
        }
    }

    /** Nothing, or {@code ~n} such that the input's name is free in the archive, error and duplicate folders. */
    private String inputCollisionSuffix(String inputName) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "" : "~" + n;
            String candidate = inputName + suffix;
            if (Stream.of(archive, Optional.of(error), Optional.of(duplicate)).flatMap(Optional::stream)
                    .noneMatch(folder -> Files.exists(folder.resolve(candidate), LinkOption.NOFOLLOW_LINKS))) {
                return suffix;
            }
        }
    }

    private boolean taken(String stem) {
        for (Path folder : folders()) {
            for (String suffix : SUFFIXES) {
                if (Files.exists(folder.resolve(stem + suffix))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Path> folders() {
        return Stream.of(Optional.of(outbox), claims, Optional.of(error), Optional.of(duplicate),
                archive).flatMap(Optional::stream).distinct().toList();
    }

    private static String freeName(Path folder, String name, String suffix) {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? name : name + "~" + n;
            if (!Files.exists(folder.resolve(candidate + suffix))) {
                return candidate;
            }
        }
    }
}
