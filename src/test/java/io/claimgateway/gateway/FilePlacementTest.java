package io.claimgateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.store.FileJournal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming of outputs and inputs, publishing, and escaping: the rules one by one. */
class FilePlacementTest {

    @TempDir
    Path root;

    private FilePlacement folders() {
        return FilePlacement.folders(root.resolve("outbox"), root.resolve("claims"), root.resolve("archive"),
                root.resolve("error"), root.resolve("duplicate"), root.resolve("failed"));
    }

    @Test
    void outputsAreTheInputsFullNamePlusTheirSuffix() {
        OutputFiles outputs = folders().outputsFor("01-a.837p.x12");

        assertEquals(root.resolve("outbox/01-a.837p.x12.835").toAbsolutePath(), outputs.remittance());
        assertEquals(root.resolve("outbox/01-a.837p.x12.999").toAbsolutePath(), outputs.answer("999"));
        assertEquals(root.resolve("claims/01-a.837p.x12.claims.json").toAbsolutePath(), outputs.claimsJson().get());
        assertEquals(root.resolve("error/01-a.837p.x12.ta1").toAbsolutePath(), outputs.acknowledgment("ta1"));
        assertEquals(Optional.of(root.resolve("archive/01-a.837p.x12").toAbsolutePath()),
                outputs.inputDestination("processed"));
        assertEquals(Optional.of(root.resolve("duplicate/01-a.837p.x12").toAbsolutePath()),
                outputs.inputDestination("duplicate"));
    }

    @Test
    void namesDifferingOnlyInTheirExtensionShareNoOutput() {
        assertTrue(!folders().outputsFor("dup.x12").remittance().equals(folders().outputsFor("dup.edi").remittance()));
    }

    @Test
    void aNameTakenByAnEarlierInputIsNeverReused() throws Exception {
        Files.createDirectories(root.resolve("outbox"));
        Files.writeString(root.resolve("outbox/a.x12.835"), "first");
        Files.createDirectories(root.resolve("archive"));
        Files.writeString(root.resolve("archive/a.x12"), "first");

        OutputFiles outputs = folders().outputsFor("a.x12");

        assertEquals("a.x12~2.835", outputs.remittance().getFileName().toString());
        assertEquals("a.x12~2", outputs.inputDestination("processed").get().getFileName().toString());
    }

    @Test
    void aNameWithControlCharactersOrTooLongGetsASafeShortStem() {
        assertEquals(Optional.of("the file name holds control characters"), FilePlacement.unnameable("a\nb.x12"));
        String stem = FilePlacement.reportStem("a\r\nb.x12");
        assertTrue(stem.startsWith("a__b.x12~"), stem);
        String longName = "n".repeat(240) + ".x12";
        assertTrue(FilePlacement.unnameable(longName).isPresent());
        assertTrue(FilePlacement.reportStem(longName).length() + ".claims.json".length() <= 255);
        assertEquals(Optional.empty(), FilePlacement.unnameable("n".repeat(200) + ".x12"));
    }

    @Test
    void theSecondContentUnderANameOnARemoteChannelIsNumbered() {
        FilePlacement ledger = FilePlacement.directory(root).forDelivery(2);

        assertEquals("a.x12~2.835", ledger.outputsFor("a.x12").remittance().getFileName().toString());
        assertEquals("../archive/a.x12~2", FilePlacement.remoteDestination("../archive", "a.x12", 2));
        assertEquals("../archive/a.x12", FilePlacement.remoteDestination("../archive", "a.x12", 1));
    }

    @Test
    void anInputOnAPartnersServerIsPlacedThereAndNeverMovedByTheGateway() {
        OutputFiles outputs = FilePlacement.directory(root).forDelivery(3)
                .onServer(new FilePlacement.RemoteDirectories("../archive", "/srv/error", "../duplicate"))
                .outputsFor("a.x12");

        assertEquals(Optional.of(Path.of("../archive/a.x12~3")), outputs.inputDestination("processed"));
        assertEquals(Optional.of(Path.of("/srv/error/a.x12~3")), outputs.inputDestination("rejected"));
        assertEquals(Optional.of(Path.of("../duplicate/a.x12~3")), outputs.inputDestination("duplicate"));
        assertEquals(Optional.empty(), outputs.movedInput(root.resolve("download/a.x12"), "processed"),
                "the journal records no local input: the channel's route moves it on the server");
        assertEquals(root.resolve("a.x12~3.835").toAbsolutePath(), outputs.remittance());
    }

    @Test
    void publishingNeverReplacesAVisibleOutputAndCanBeRepeated() throws Exception {
        Path target = root.resolve("a.835");
        Path staged = StagedOutputs.stagedName(target);
        Files.writeString(staged, "committed");
        List<FileJournal.Output> outputs = List.of(new FileJournal.Output(staged, target));

        OutputPublisher.publish(outputs);
        OutputPublisher.publish(outputs);

        assertEquals("committed", Files.readString(target));
        assertTrue(Files.notExists(staged));
        Files.writeString(staged, "another");
        try {
            OutputPublisher.publish(outputs);
            throw new AssertionError("a visible output was replaced");
        } catch (java.io.IOException e) {
            assertTrue(e.getCause() instanceof FileAlreadyExistsException, e.toString());
        }
        assertEquals("committed", Files.readString(target));
    }

    @Test
    void logTextHasNoLineBreaksOrControlCharacters() {
        assertEquals("a\\u000D\\u000AINFO forged\\u0009x\\\\y", LogSafe.text("a\r\nINFO forged\tx\\y"));
        assertEquals("plain name.x12", LogSafe.text("plain name.x12"));
    }
}
