package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.daffodil.japi.DataProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved compiled DFDL parsers: same claims as a fresh compile, keyed by content, written whole. */
class CompiledSchemaCacheTest {

    /** Delimiters the jar carries no parser for, so every lookup here goes to the directory or the compiler. */
    private static final Delimiters PIPES = new Delimiters('|', '>', Optional.of('!'), '\'', false);

    private static SpecializedSchema schema;
    private static String key;
    private static DataProcessor compiled;
    private static Set<Path> temporaryFoldersBefore;
    private static Set<Path> temporaryFoldersAfter;

    @TempDir
    static Path cache;

    @BeforeAll
    static void compileOnce() throws IOException {
        schema = DfdlSchemaSpecializer.specialize(ClaimForm.PROFESSIONAL, PIPES);
        key = CompiledSchemaCache.key(schema);
        temporaryFoldersBefore = compileFolders();
        compiled = CompiledSchemaCache.compile(schema);
        temporaryFoldersAfter = compileFolders();
        CompiledSchemaCache.store(compiled, cache, key);
    }

    @Test
    void aReloadedParserReadsTheSameClaimsAsAFreshlyCompiledOne() throws IOException {
        DataProcessor reloaded = new CompiledSchemaCache(Optional.of(cache), 4).onDisk(key).orElseThrow();

        List<ClaimSubmission> fresh = claims(compiled);
        assertEquals(7, fresh.size());
        assertEquals(fresh, claims(reloaded));
    }

    @Test
    void theCacheDirectoryHoldsOnlyTheWholeSavedParser() throws IOException {
        assertEquals(List.of(key + ".dfdl.bin"), fileNames(cache));
        assertTrue(Files.size(cache.resolve(key + ".dfdl.bin")) > 0);
    }

    @Test
    void aFailedSaveLeavesNoFile(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file where the cache folder should be");

        CompiledSchemaCache.store(compiled, notADirectory.resolve("dfdl"), key);

        assertEquals(List.of("occupied"), fileNames(dir));
    }

    @Test
    void compilingLeavesNoTemporaryFolder() {
        assertEquals(temporaryFoldersBefore, temporaryFoldersAfter);
    }

    @Test
    void anEditedSchemaTextHasAnotherKey() {
        Map<String, String> edited = new LinkedHashMap<>(schema.files());
        edited.computeIfPresent("x12-837-common.dfdl.xsd",
                (name, text) -> text.replaceFirst("maxOccurs=\"", "maxOccurs=\" "));
        SpecializedSchema editedSchema = new SpecializedSchema(schema.mainFileName(), edited);

        assertNotEquals(schema.files(), editedSchema.files());
        assertNotEquals(key, CompiledSchemaCache.key(editedSchema));
        assertEquals(key, CompiledSchemaCache.key(DfdlSchemaSpecializer.specialize(ClaimForm.PROFESSIONAL, PIPES)));
    }

    @Test
    void otherDelimitersOrAnotherGuideHaveAnotherKey() {
        Delimiters common = new Delimiters('*', ':', Optional.of('^'), '~', true);

        assertNotEquals(key, CompiledSchemaCache.key(DfdlSchemaSpecializer.specialize(ClaimForm.PROFESSIONAL, common)));
        assertNotEquals(key, CompiledSchemaCache.key(DfdlSchemaSpecializer.specialize(ClaimForm.INSTITUTIONAL, PIPES)));
    }

    @Test
    void componentAndRepetitionSeparatorsShareTheCompiledParser() {
        // They reach the parser as DFDL variables at parse time, not in the schema text.
        Delimiters otherComponents = new Delimiters('|', ':', Optional.empty(), '\'', true);

        assertEquals(key,
                CompiledSchemaCache.key(DfdlSchemaSpecializer.specialize(ClaimForm.PROFESSIONAL, otherComponents)));
    }

    @Test
    void pruningKeepsTheMostRecentlyUsedParsersAndDropsAbandonedTemporaryFiles(@TempDir Path dir) throws IOException {
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            touch(Files.writeString(dir.resolve("k" + i + ".dfdl.bin"), "x"), now.minus(Duration.ofMinutes(10 - i)));
        }
        touch(Files.writeString(dir.resolve("k9.dfdl.bin.123.tmp"), "x"), now.minus(Duration.ofHours(2)));
        touch(Files.writeString(dir.resolve("k8.dfdl.bin.456.tmp"), "x"), now);

        new CompiledSchemaCache(Optional.of(dir), 3).prune();

        assertEquals(List.of("k2.dfdl.bin", "k3.dfdl.bin", "k4.dfdl.bin", "k8.dfdl.bin.456.tmp"), fileNames(dir));
    }

    @Test
    void aDamagedFileIsDroppedAndMissed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(key + ".dfdl.bin"), "not a saved parser");

        assertFalse(new CompiledSchemaCache(Optional.of(dir), 4).onDisk(key).isPresent());
        assertEquals(List.of(), fileNames(dir));
    }

    private static List<ClaimSubmission> claims(DataProcessor processor) throws IOException {
        String text = Files.readString(Path.of("samples/01-harborview-oncology.837p.x12"))
                .replace("~\n", "'").replace('*', '|').replace(':', '>').replace("|^|00501", "|!|00501");
        List<ClaimSubmission> claims = new ArrayList<>();
        SmooksClaimParser.parse(SmooksClaimParser.create(ClaimForm.PROFESSIONAL, PIPES, processor),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), ClaimForm.PROFESSIONAL, PIPES,
                claims::add);
        return claims;
    }

    private static Set<Path> compileFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("claim-gateway-dfdl-"))
                    .collect(Collectors.toSet());
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void touch(Path file, Instant time) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(time));
    }
}
