package io.claimgateway.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.component.properties.PropertiesComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.OrderedLocationProperties;

/**
 * The configuration as the beans see it, resolved by Camel's own {@link PropertiesComponent}, set
 * up as {@code run} sets up the routes' one: the layers as override properties, {@code -D} over
 * them, {@code {{placeholders}}} resolved. Environment variables and {@code -D} are layers of
 * {@link ConfigurationLayers} (Camel's own lookup would put the environment above {@code -D}, and
 * {@code -D} above replay's command-line options).
 */
public final class GatewayConfiguration {

    private final Properties layers;
    private final PropertiesComponent resolver;

    private GatewayConfiguration(Properties layers, PropertiesComponent resolver) {
        this.layers = layers;
        this.resolver = resolver;
    }

    public static GatewayConfiguration of(Properties layers) {
        // A context of its own, never started: its properties component needs its type converter.
        CamelContext context = new DefaultCamelContext();
        context.init();
        PropertiesComponent resolver = (PropertiesComponent) context.getPropertiesComponent();
        resolver.setOverrideProperties(layers);
        // The layers hold the environment and -D already, in the gateway's order (-D over environment).
        resolver.setEnvironmentVariableMode(PropertiesComponent.ENVIRONMENT_VARIABLES_MODE_NEVER);
        resolver.setSystemPropertiesMode(PropertiesComponent.SYSTEM_PROPERTIES_MODE_FALLBACK);
        resolver.setIgnoreMissingLocation(true);
        return new GatewayConfiguration(layers, resolver);
    }

    /** Every key the layers hold. */
    java.util.Set<String> keys() {
        return layers.stringPropertyNames();
    }

    /** The value, placeholders resolved and trimmed; empty when absent or blank. */
    public Optional<String> optional(String key) {
        if (layers.getProperty(key) == null) {
            return Optional.empty();
        }
        try {
            // parseUri, unlike resolveProperty, fails on a placeholder naming a key that is not set.
            return Optional.of(resolver.parseUri("{{" + key + "}}").trim()).filter(v -> !v.isEmpty());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key, source(key), "refers to a key that is not set ("
                    + layers.getProperty(key, "").trim() + ")");
        }
    }

    public String text(String key) {
        return optional(key).orElseThrow(() -> new ConfigurationException(key, source(key), "must be set"));
    }

    /** The value, or an empty string where an empty value is allowed (a password, a schema). */
    public String textOrEmpty(String key) {
        return optional(key).orElse("");
    }

    public long number(String key) {
        String value = text(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, source(key), "must be a whole number, was '" + value + "'");
        }
    }

    public Path path(String key) {
        return Path.of(text(key));
    }

    /** The value as written, placeholders unresolved; empty when absent. */
    String rawValue(String key) {
        return layers.getProperty(key, "");
    }

    /** Where a key's value came from: a file, the jar, an environment variable or -D. */
    public String source(String key) {
        if (layers instanceof OrderedLocationProperties located && located.getLocation(key) != null) {
            return located.getLocation(key);
        }
        return "configuration";
    }

    /** Every key of the layers with its resolved value: what the beans' loaders read. */
    public Properties resolved() {
        Properties resolved = new Properties();
        for (String key : keys()) {
            resolved.setProperty(key, optional(key).orElse(""));
        }
        return resolved;
    }
}
