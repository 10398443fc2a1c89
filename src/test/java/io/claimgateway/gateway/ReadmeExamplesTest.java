package io.claimgateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.config.ConfigurationCheck;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.GatewayConfiguration;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.parse.ScanPolicy;
import io.claimgateway.remit.PayerIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's configuration examples are valid files that say what the README says they do. */
class ReadmeExamplesTest {

    private static final Pattern PROPERTIES_BLOCK = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path folder;

    @Test
    void everyPropertiesBlockStartsTheConfigurationAsAConfigFile() throws IOException {
        List<String> blocks = blocks();
        assertEquals(3, blocks.size(), "the paths block, the PostgreSQL block and the partner block");
        for (String block : blocks) {
            GatewayConfiguration configuration = configuration(block);
            ConfigurationCheck.check(configuration);
            // What Gateway.open reads from it, short of opening the store.
            ProgramConfig.load(configuration.resolved());
            PayerIdentity.load(configuration.resolved());
            TradingPartners.load(configuration.resolved(), ScanPolicy.DEFAULT_VERSIONS);
        }
    }

    @Test
    void thePathsBlockResolvesAgainstItsFilesFolder() throws IOException {
        GatewayConfiguration configuration = configuration(block("gateway.folders.root="));

        assertEquals("/var/lib/claim-gateway/inbox", configuration.text("gateway.folders.inbox"));
        assertEquals(folder.resolve("authorizations.csv").toString(),
                configuration.text("gateway.reference.authorizations"));
    }

    @Test
    void thePartnerBlockConfiguresThePartnerItDescribes() throws IOException {
        GatewayConfiguration configuration = configuration(block("gateway.partners="));

        TradingPartners partners = TradingPartners.load(configuration.resolved(), ScanPolicy.DEFAULT_VERSIONS);

        TradingPartner acme = partners.find("ACME01").orElseThrow();
        assertEquals("Acme Clearinghouse", acme.name());
        assertEquals(Set.of("005010X222A1", "005010X223A2"), acme.versions());
        assertEquals("ZZ", acme.receiverQualifier());
        assertEquals("BCBSMA-ACME", acme.payer().interchangeId());
        assertEquals(Set.of("999", "277", "ta1"), acme.acknowledgments());
        assertTrue(partners.find("NCX0001").isPresent());
    }

    /** The block written to a file, laid over the defaults as {@code --config FILE} lays it. */
    private GatewayConfiguration configuration(String block) throws IOException {
        Path file = folder.resolve("gateway.properties");
        Files.writeString(file, block);
        return GatewayConfiguration.of(ConfigurationLayers.load(List.of(file)));
    }

    private static String block(String containing) throws IOException {
        return blocks().stream().filter(b -> b.contains(containing)).findFirst().orElseThrow();
    }

    private static List<String> blocks() throws IOException {
        Matcher matcher = PROPERTIES_BLOCK.matcher(Files.readString(Path.of("README.md")));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }
}
