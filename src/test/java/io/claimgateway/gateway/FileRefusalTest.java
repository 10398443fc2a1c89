package io.claimgateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of input refused before it is read, and an ordinary file not refused. */
class FileRefusalTest {

    @TempDir
    Path dir;

    @Test
    void anOrdinaryFileIsNotRefused() throws Exception {
        assertEquals(Optional.empty(), FileRefusal.of(Files.writeString(dir.resolve("a.x12"), "ISA")));
    }

    @Test
    void aSymbolicLinkIsRefusedEvenToAnOrdinaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("a.x12"), "ISA");
        assertEquals(Optional.of(FileRefusal.SYMBOLIC_LINK),
                FileRefusal.of(Files.createSymbolicLink(dir.resolve("link.x12"), target)));
    }

    @Test
    void aDirectoryIsRefused() throws Exception {
        assertEquals(Optional.of(FileRefusal.NOT_A_REGULAR_FILE),
                FileRefusal.of(Files.createDirectory(dir.resolve("folder.x12"))));
    }

    @Test
    void anUnreadableFileIsRefused() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path file = Files.writeString(dir.resolve("a.x12"), "ISA");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertEquals(Optional.of(FileRefusal.UNREADABLE), FileRefusal.of(file));
    }

    @Test
    void namesWithControlCharactersOrTooLongAreRefused() throws Exception {
        assertEquals(Optional.of(FileRefusal.NAME_WITH_CONTROL_CHARACTERS),
                FileRefusal.of(Files.writeString(dir.resolve("a\tb.x12"), "ISA")));
        assertEquals(Optional.of(FileRefusal.NAME_TOO_LONG),
                FileRefusal.of(Files.writeString(dir.resolve("n".repeat(240) + ".x12"), "ISA")));
    }

    @Test
    void theReportSaysWhatAndThatNothingWasAcknowledged() {
        assertEquals("File: a\\u000Ab.x12\nRefused: FIL004 The file name holds control characters (line breaks, tabs ...)\n"
                + "Acknowledgment: none (the file was not read)\n",
                FileRefusal.NAME_WITH_CONTROL_CHARACTERS.report("a\nb.x12"));
    }
}
