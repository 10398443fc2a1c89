package io.claimgateway.parse;

import io.claimgateway.support.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.daffodil.japi.Daffodil;
import org.apache.daffodil.japi.DataProcessor;
import org.apache.daffodil.japi.Diagnostic;
import org.apache.daffodil.japi.InvalidParserException;
import org.apache.daffodil.japi.ProcessorFactory;
import org.apache.daffodil.lib.util.Misc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled DFDL parsers, saved with Daffodil's {@code DataProcessor.save} and reloaded in a
 * fraction of a compile. A parser is looked up, in order:
 * <ol>
 *   <li>in the jar, under {@code dfdl-compiled/}: the build compiles the common delimiter set
 *       ({@link CompiledSchemaGenerator});</li>
 *   <li>in the cache directory ({@value #DIRECTORY_PROPERTY}, default
 *       {@code ~/.cache/claim-gateway/dfdl}, {@code none} to turn it off);</li>
 *   <li>else it is compiled, and saved to the cache directory.</li>
 * </ol>
 * Every entry is named by {@link #key}: a SHA-256 of the specialised schema text, the cartridge's
 * {@code IBM_EDI_Format} schema it imports and the Daffodil version, so an edited schema or an
 * upgraded Daffodil simply misses (the cartridge's own {@code cacheOnDisk} keys on the file name
 * and would serve a stale parser). Files are written under a temporary name and renamed, so a
 * reader, even in another JVM, sees a whole file or none.
 */
final class CompiledSchemaCache {

    static final String DIRECTORY_PROPERTY = "claimgateway.dfdl.cache";
    static final String MAX_FILES_PROPERTY = "claimgateway.dfdl.cache.maxFiles";
    static final String PACKAGED_FOLDER = "dfdl-compiled";
    static final String SUFFIX = ".dfdl.bin";

    private static final Logger LOG = LoggerFactory.getLogger(CompiledSchemaCache.class);
    private static final String IMPORTED_FORMAT = "/EDIFACT-Common/IBM_EDI_Format.dfdl.xsd";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    /** A temporary file this old was left by a JVM that died while saving. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Optional<Path> directory;
    private final int maxFiles;

    CompiledSchemaCache(Optional<Path> directory, int maxFiles) {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be at least 1: " + maxFiles);
        }
        this.directory = directory;
        this.maxFiles = maxFiles;
    }

    /** The cache the system properties describe. */
    static CompiledSchemaCache fromSystemProperties() {
        String configured = System.getProperty(DIRECTORY_PROPERTY, "").trim();
        Optional<Path> directory = configured.equalsIgnoreCase("none") ? Optional.empty()
                : Optional.of(configured.isEmpty()
                        ? Path.of(System.getProperty("user.home"), ".cache", "claim-gateway", "dfdl")
                        : Path.of(configured));
        return new CompiledSchemaCache(directory, Integer.getInteger(MAX_FILES_PROPERTY, 32));
    }

    /** A parser for the schema, reloaded when one was saved, compiled otherwise. */
    DataProcessor dataProcessor(SpecializedSchema schema) {
        String key = key(schema);
        Optional<DataProcessor> found = packaged(key).or(() -> onDisk(key));
        if (found.isPresent()) {
            return found.get();
        }
        DataProcessor compiled = compile(schema);
        directory.ifPresent(dir -> {
            store(compiled, dir, key);
            prune();
        });
        return compiled;
    }

    /** The name a compiled parser of the schema is saved under (without {@link #SUFFIX}). */
    static String key(SpecializedSchema schema) {
        MessageDigest sha = Sha256.newDigest();
        update(sha, "daffodil " + Misc.getDaffodilVersion());
        update(sha, "validation Off");
        update(sha, "root " + schema.mainFileName());
        for (Map.Entry<String, String> file : schema.files().entrySet()) {
            update(sha, file.getKey());
            update(sha, file.getValue());
        }
        update(sha, IMPORTED_FORMAT);
        update(sha, DfdlSchemaSpecializer.resource(IMPORTED_FORMAT));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each part with its length first, so moving text from one part to the next changes the key. */
    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    /**
     * Compiles the schema from a temporary directory that is deleted before this returns: Daffodil
     * resolves the schema's include by file, and a compiled parser needs its sources no longer.
     */
    static DataProcessor compile(SpecializedSchema schema) {
        long start = System.nanoTime();
        Path temporary = null;
        try {
            temporary = Files.createTempDirectory("claim-gateway-dfdl-");
            ProcessorFactory factory = Daffodil.compiler().compileSource(schema.writeTo(temporary).toUri());
            if (factory.isError()) {
                throw new IllegalStateException("DFDL schema " + schema.mainFileName() + " does not compile: "
                        + errors(factory.getDiagnostics()));
            }
            DataProcessor processor = factory.onPath("/");
            if (processor.isError()) {
                throw new IllegalStateException("DFDL schema " + schema.mainFileName() + " does not compile: "
                        + errors(processor.getDiagnostics()));
            }
            LOG.info("Compiled DFDL schema {} in {} ms", schema.mainFileName(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            // Daffodil's default validation mode, Off, is the cartridge's default too.
            return processor;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compile DFDL schema " + schema.mainFileName(), e);
        } finally {
            if (temporary != null) {
                deleteTree(temporary);
            }
        }
    }

    /**
     * Saves the parser as {@code directory/key.dfdl.bin}, atomically: written to a temporary file
     * in the same directory, forced to disk, then renamed over any earlier file. A failure leaves
     * no file behind and only costs the next JVM a compile.
     */
    static void store(DataProcessor processor, Path directory, String key) {
        Path temporary = null;
        try {
            createPrivately(directory);
            temporary = Files.createTempFile(directory, key + ".", TEMPORARY_SUFFIX);
            // save closes the channel it is given, so the data is forced through a second one.
            processor.save(FileChannel.open(temporary, StandardOpenOption.WRITE));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, directory.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("Not caching compiled DFDL parsers in {}: the file system cannot rename atomically", directory);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot save the compiled DFDL parser to {}: {}", directory, e.toString());
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * Creates the directory readable by its owner only: a saved parser is a Java-serialized
     * object graph, so nobody else may be able to plant one. An existing directory is left as is.
     */
    private static void createPrivately(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(directory);
        } catch (FileAlreadyExistsException e) {
            // Another JVM made it first.
        }
    }

    private Optional<DataProcessor> packaged(String key) {
        String resource = "/" + PACKAGED_FOLDER + "/" + key + SUFFIX;
        try (InputStream in = CompiledSchemaCache.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(Daffodil.compiler().reload(Channels.newChannel(in)));
        } catch (IOException | InvalidParserException e) {
            LOG.warn("Cannot reload the packaged DFDL parser {}: {}", resource, e.toString());
            return Optional.empty();
        }
    }

    /** The parser saved in the cache directory under the key, if any. */
    Optional<DataProcessor> onDisk(String key) {
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        Path file = directory.get().resolve(key + SUFFIX);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            DataProcessor processor = Daffodil.compiler().reload(channel);
            touch(file);
            return Optional.of(processor);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | InvalidParserException e) {
            // Not a partial write (those never get this name): damaged or from an unexpected build.
            LOG.warn("Cannot reload the compiled DFDL parser {}, compiling again: {}", file, e.toString());
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Marks a file as used, so {@link #prune} removes the least recently used ones first. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            LOG.debug("Cannot touch {}: {}", file, e.toString());
        }
    }

    /**
     * Keeps at most {@code maxFiles} parsers, the most recently used, and removes temporary files
     * abandoned by JVMs that died while saving. Old schema versions and delimiter sets go this way.
     */
    void prune() {
        if (directory.isEmpty() || !Files.isDirectory(directory.get())) {
            return;
        }
        List<Path> parsers = new ArrayList<>();
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory.get())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    parsers.add(file);
                } else if (name.endsWith(TEMPORARY_SUFFIX) && lastModified(file).isBefore(abandoned)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            LOG.debug("Cannot list {}: {}", directory.get(), e.toString());
            return;
        }
        parsers.sort(Comparator.comparing(CompiledSchemaCache::lastModified).reversed());
        parsers.stream().skip(maxFiles).forEach(CompiledSchemaCache::deleteQuietly);
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static String errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::getMessage)
                .reduce((a, b) -> a + "; " + b).orElse("no diagnostics");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(CompiledSchemaCache::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", root, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", file, e.toString());
        }
    }
}
