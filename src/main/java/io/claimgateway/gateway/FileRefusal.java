package io.claimgateway.gateway;

import io.claimgateway.support.Sha256;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Inputs refused before they are read, each with its code (beside the rejection catalogue, which
 * covers what is read): they go to the error folder beside a report, never stay in the inbox.
 */
enum FileRefusal {

    SYMBOLIC_LINK("FIL001", "The input is a symbolic link; links are not followed"),
    NOT_A_REGULAR_FILE("FIL002", "The input is not a regular file (a directory, a device or a pipe)"),
    UNREADABLE("FIL003", "The input cannot be read (permissions)"),
    NAME_WITH_CONTROL_CHARACTERS("FIL004", "The file name holds control characters (line breaks, tabs ...)"),
    NAME_TOO_LONG("FIL005", "The file name is too long for the names of its outputs");

    private final String code;
    private final String title;

    FileRefusal(String code, String title) {
        this.code = code;
        this.title = title;
    }

    String code() {
        return code;
    }

    /** Why this input cannot be read or named, if it cannot. */
    static Optional<FileRefusal> of(Path input) {
        String name = input.getFileName().toString();
        if (Files.isSymbolicLink(input)) {
            return Optional.of(SYMBOLIC_LINK);
        }
        if (!Files.isRegularFile(input, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(NOT_A_REGULAR_FILE);
        }
        if (!Files.isReadable(input)) {
            return Optional.of(UNREADABLE);
        }
        if (LogSafe.hasControlCharacters(name)) {
            return Optional.of(NAME_WITH_CONTROL_CHARACTERS);
        }
        if (FilePlacement.unnameable(name).isPresent()) {
            return Optional.of(NAME_TOO_LONG);
        }
        return Optional.empty();
    }

    /** The text of the refused input's {@code .error.txt}. */
    String report(String inputFileName) {
        return "File: " + LogSafe.text(inputFileName) + "\n"
                + "Refused: " + code + " " + title + "\n"
                + "Acknowledgment: none (the file was not read)\n";
    }

    /** Stands for the content in the journal: a refused input is not read. */
    String contentKey(String inputFileName) {
        return Sha256.hex(code + "/" + inputFileName);
    }
}
