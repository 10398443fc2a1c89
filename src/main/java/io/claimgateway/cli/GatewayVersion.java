package io.claimgateway.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the pom's version, written into the jar by the build. */
public final class GatewayVersion implements IVersionProvider {

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = GatewayVersion.class.getResourceAsStream("/claim-gateway-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // no version to show: "unknown" below
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"claim-gateway " + version()};
    }
}
