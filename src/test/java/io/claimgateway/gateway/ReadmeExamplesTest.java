package io.claimgateway.gateway;

import io.claimgateway.config.ConfigurationLayers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.parse.ScanPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration examples are valid files that say what the README says they do. */
class ReadmeExamplesTest {

    private static final Pattern PROPERTIES_BLOCK = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyPropertiesBlockLoadsAndNoValueCarriesAComment() throws IOException {
        List<Properties> blocks = blocks();
        assertEquals(2, blocks.size(), "the partner block and the PostgreSQL block");
        for (Properties block : blocks) {
            for (String key : block.stringPropertyNames()) {
                assertFalse(block.getProperty(key).contains("#"), key + " carries a comment in its value");
            }
        }
    }

    @Test
    void thePartnerBlockConfiguresThePartnerItDescribes() throws IOException {
        Properties properties = ConfigurationLayers.defaults();
        properties.putAll(blocks().stream().filter(b -> b.containsKey("gateway.partners")).findFirst().orElseThrow());

        TradingPartners partners = TradingPartners.load(properties, ScanPolicy.DEFAULT_VERSIONS);

        TradingPartner acme = partners.find("ACME01").orElseThrow();
        assertEquals("Acme Clearinghouse", acme.name());
        assertEquals(Set.of("005010X222A1", "005010X223A2"), acme.versions());
        assertEquals("ZZ", acme.receiverQualifier());
        assertEquals("BCBSMA-ACME", acme.payer().interchangeId());
        assertEquals(Set.of("999", "277", "ta1"), acme.acknowledgments());
        assertTrue(partners.find("NCX0001").isPresent());
    }

    private static List<Properties> blocks() throws IOException {
        Matcher matcher = PROPERTIES_BLOCK.matcher(Files.readString(Path.of("README.md")));
        List<Properties> blocks = new ArrayList<>();
        while (matcher.find()) {
            Properties block = new Properties();
            block.load(new StringReader(matcher.group(1)));
            blocks.add(block);
        }
        return blocks;
    }
}
