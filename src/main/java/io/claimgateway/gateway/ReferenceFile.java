package io.claimgateway.gateway;

import io.claimgateway.config.ConfigurationException;
import io.claimgateway.config.GatewayConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * A reference CSV named by configuration: a file, or {@code classpath:NAME} for the sample data
 * shipped in the jar (the defaults, so {@code run} works from any folder).
 */
final class ReferenceFile {

    private static final String CLASSPATH = "classpath:";

    private final String location;

    private ReferenceFile(String location) {
        this.location = location;
    }

    /** @throws ConfigurationException when the file or resource is not there */
    static ReferenceFile of(GatewayConfiguration configuration, String key) {
        String location = configuration.text(key);
        boolean present = location.startsWith(CLASSPATH)
                ? ReferenceFile.class.getResource("/" + location.substring(CLASSPATH.length())) != null
                : Files.isRegularFile(Path.of(location));
        if (!present) {
            throw new ConfigurationException(key, configuration.source(key), "no such file: " + location);
        }
        return new ReferenceFile(location);
    }

    /** Hands the file's name and content to a loader. */
    <T> T read(BiFunction<String, Reader, T> loader) {
        try (Reader reader = open()) {
            return loader.apply(name(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }

    private Reader open() throws IOException {
        if (location.startsWith(CLASSPATH)) {
            InputStream in = ReferenceFile.class.getResourceAsStream("/" + location.substring(CLASSPATH.length()));
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        return Files.newBufferedReader(Path.of(location), StandardCharsets.UTF_8);
    }

    private String name() {
        String path = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        return Path.of(path).getFileName().toString();
    }

    @Override
    public String toString() {
        return location;
    }
}
