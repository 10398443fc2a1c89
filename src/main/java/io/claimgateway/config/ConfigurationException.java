package io.claimgateway.config;

/**
 * A configuration the gateway cannot start with: names the key and where its value came from, so
 * the command line can say it in one line (no stack trace) and exit with its own status.
 */
public final class ConfigurationException extends RuntimeException {

    private final String key;
    private final String source;

    public ConfigurationException(String key, String source, String problem) {
        super(key + " (" + source + "): " + problem);
        this.key = key;
        this.source = source;
    }

    public String key() {
        return key;
    }

    public String source() {
        return source;
    }
}
