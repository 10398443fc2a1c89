package io.claimgateway.config;

/**
 * A configuration the gateway cannot start with: names the key and where its value came from, so
 * the command line can say it in one line (no stack trace) and exit with its own status.
 */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String key, String source, String problem) {
        super(key + " (" + source + "): " + problem);
    }
}
