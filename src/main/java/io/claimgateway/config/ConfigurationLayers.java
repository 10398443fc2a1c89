package io.claimgateway.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.OrderedLocationProperties;

/**
 * The configuration's layers, each overriding the one before: the defaults in the jar, a
 * {@code gateway.properties} in the working directory, each {@code --config FILE} in the order
 * given, environment variables (Camel's mapping: {@code gateway.db.url} is {@code GATEWAY_DB_URL}),
 * then {@code -D} system properties. Every value keeps where it came from, for error messages and
 * the start-up summary. Values stay unresolved: {@link GatewayConfiguration} resolves them the way
 * Camel resolves the routes' placeholders.
 */
public final class ConfigurationLayers {

    /** The key families the gateway owns (and checks); {@code camel.*} is Camel's own. */
    static final List<String> FAMILIES =
            List.of("gateway.", "partner.", "payer.", "program.", "rule.", "denial.", "adjustment.");

    private static final List<String> DEFAULTS = List.of("application.properties", "program.properties",
            "payer.properties");

    /**
     * Keys whose value is a path: relative in a configuration file, it is relative to that file's
     * folder; relative in the jar's defaults, an environment variable or {@code -D}, to the working
     * directory. A value starting with a placeholder inherits the referenced key's folder.
     */
    static final Set<String> PATH_KEYS = Set.of(
            "gateway.folders.root", "gateway.folders.inbox", "gateway.folders.outbox", "gateway.folders.claims",
            "gateway.folders.archive", "gateway.folders.error", "gateway.folders.duplicate",
            "gateway.folders.failed", "gateway.reference.authorizations", "gateway.reference.providers",
            "gateway.reference.hcpcs", "gateway.sftp.work");

    /** How the jar's defaults are named as a source: {@code jar:application.properties}. */
    static final String JAR = "jar:";

    static final Path WORKING_DIRECTORY_FILE = Path.of("gateway.properties");

    private ConfigurationLayers() {
    }

    /** The jar's defaults only: for replay's fixed settings, the bench and tests. */
    public static OrderedLocationProperties defaults() {
        OrderedLocationProperties layers = new OrderedLocationProperties();
        for (String resource : DEFAULTS) {
            try (InputStream in = ConfigurationLayers.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the class path");
                }
                Properties layer = new Properties();
                layer.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                layers.putAll(JAR + resource, layer);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + resource + " from the jar", e);
            }
        }
        return layers;
    }

    /** Every layer, for {@code run} and {@code replay}. */
    public static OrderedLocationProperties load(List<Path> configFiles) {
        return load(configFiles, IOHelper::lookupEnvironmentVariable);
    }

    /** @param environment Camel's lookup of a key in the environment (tests give their own) */
    static OrderedLocationProperties load(List<Path> configFiles, UnaryOperator<String> environment) {
        OrderedLocationProperties layers = defaults();
        if (Files.isRegularFile(WORKING_DIRECTORY_FILE)) {
            addFile(layers, WORKING_DIRECTORY_FILE);
        }
        configFiles.forEach(file -> addFile(layers, file));
        addEnvironment(layers, environment);
        addSystemProperties(layers);
        return layers;
    }

    /**
     * The files {@link #load} reads, in order (the jar's defaults, ./gateway.properties when there is
     * one, each --config file as an absolute path): what the start-up summary lists. A key's
     * location alone would not tell them, as a file whose every key a later layer overrides
     * would not show.
     */
    public static List<String> files(List<Path> configFiles) {
        List<String> files = new ArrayList<>();
        DEFAULTS.forEach(resource -> files.add(JAR + resource));
        if (Files.isRegularFile(WORKING_DIRECTORY_FILE)) {
            files.add(WORKING_DIRECTORY_FILE.toAbsolutePath().normalize().toString());
        }
        configFiles.forEach(file -> files.add(file.toAbsolutePath().normalize().toString()));
        return files;
    }

    private static void addFile(OrderedLocationProperties layers, Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("--config", source, "no such file");
        }
        Properties layer = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            layer.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("--config", source, "cannot be read as a properties file ("
                    + e.getClass().getSimpleName() + ")");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        for (String key : layer.stringPropertyNames()) {
            String value = layer.getProperty(key);
            layers.put(source, key, PATH_KEYS.contains(key) ? againstFolder(folder, value) : value);
        }
    }

    private static String againstFolder(Path folder, String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("{{") || trimmed.startsWith("classpath:")
                || Path.of(trimmed).isAbsolute()) {
            return value;
        }
        return folder.resolve(trimmed).normalize().toString();
    }

    /** Camel's mapping of a key to an environment variable, for every key a file layer set. */
    private static void addEnvironment(OrderedLocationProperties layers, UnaryOperator<String> environment) {
        for (String key : List.copyOf(layers.stringPropertyNames())) {
            if (ours(key)) {
                String value = environment.apply(key);
                if (value != null) {
                    layers.put("environment variable " + IOHelper.normalizeEnvironmentVariable(key.toUpperCase(Locale.ROOT)), key, value);
                }
            }
        }
    }

    private static void addSystemProperties(OrderedLocationProperties layers) {
        Properties system = System.getProperties();
        for (String key : system.stringPropertyNames()) {
            if (ours(key)) {
                layers.put("-D" + key, key, system.getProperty(key));
            }
        }
    }

    static boolean ours(String key) {
        return FAMILIES.stream().anyMatch(key::startsWith);
    }
}
