package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.GatewayConfiguration;
import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.route.GatewayBeans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up summary's SFTP channel lines, from the real route template and a partner's
 * templatedRoute block: the server and directories, never the user name, password or key.
 */
class SftpChannelsTest {

    @TempDir
    Path temp;

    private Gateway gateway;
    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void aChannelIsShownWithItsServerPartnerAndDirectoriesButNoCredentials() throws Exception {
        Path partner = Files.writeString(temp.resolve("partner-acme.camel.yaml"), """
                - templatedRoute:
                    routeTemplateRef: sftp-partner
                    routeId: sftp-partner-acme
                    parameters:
                      - { name: partnerId, value: acme }
                      - { name: host, value: sftp.acme.example }
                      - { name: port, value: "2222" }
                      - { name: username, value: acme-user }
                      - { name: password, value: "{{partner.acme.password}}" }
                      - { name: privateKeyPassphrase, value: "k3y-phrase" }
                      - { name: knownHostsFile, value: /etc/cg/known_hosts }
                      - { name: outboundDirectory, value: "{{gateway.folders.root}}-out" }
                """);
        CamelContext context = started(partner);

        List<String> lines = SftpChannels.lines(context);

        assertEquals(List.of("  SFTP channel sftp-partner-acme: sftp://sftp.acme.example:2222/inbound, "
                + "archiveDirectory ../archive, duplicateDirectory ../duplicate, errorDirectory ../error, "
                + "inboundDirectory inbound, outboundDirectory work-out, partnerId acme"), lines);
    }

    /** Camel as run sets it up (the real beans), its routes created but not started: nothing connects. */
    private CamelContext started(Path partner) throws Exception {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:channels-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        properties.setProperty("gateway.partners", "NCX0001,acme");
        properties.setProperty("partner.acme.password", "s3cret");
        properties.setProperty("camel.main.routes-include-pattern", "file:routes/*.camel.yaml,file:" + partner);
        properties.setProperty("camel.management.enabled", "false");
        properties.setProperty("camel.main.auto-startup", "false");
        gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)));
        main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addConfiguration(new GatewayBeans(gateway, GatewayConfiguration.of(properties),
                gateway.database().dataSource()));
        main.start();
        return main.getCamelContext();
    }
}
