package io.claimgateway.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * All configuration in one place: the built-in defaults (application, program and payer
 * properties on the classpath), then an operator's file, then -D system properties. Read once.
 */
public final class GatewayProperties {

    private static final String[] DEFAULTS = {"/application.properties", "/program.properties", "/payer.properties"};

    private GatewayProperties() {
    }

    public static Properties load(Optional<Path> overrides) {
        Properties properties = new Properties();
        for (String resource : DEFAULTS) {
            try (InputStream in = GatewayProperties.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath");
                }
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        overrides.ifPresent(file -> {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read configuration " + file, e);
            }
        });
        System.getProperties().stringPropertyNames().stream()
                .filter(key -> key.startsWith("gateway.") || key.startsWith("payer.") || key.startsWith("program.")
                        || key.startsWith("rule.") || key.startsWith("denial."))
                .forEach(key -> properties.setProperty(key, System.getProperty(key)));
        return properties;
    }

    /** A value with {{other.key}} references resolved, as Camel resolves them in routes. */
    public static String resolve(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing configuration key " + key);
        }
        int start;
        while ((start = value.indexOf("{{")) >= 0) {
            int end = value.indexOf("}}", start);
            value = value.substring(0, start) + resolve(properties, value.substring(start + 2, end))
                    + value.substring(end + 2);
        }
        return value.trim();
    }
}
