package io.claimgateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimgateway.gateway.TradingPartners;
import io.claimgateway.parse.ScanPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.camel.util.IOHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The layers, each over the one before, resolved as Camel resolves the routes' placeholders. */
class GatewayConfigurationTest {

    private static final UnaryOperator<String> NO_ENVIRONMENT = key -> null;

    @TempDir
    Path folder;

    @AfterEach
    void clearSystemProperties() {
        System.clearProperty("partner.NCX0001.name");
        System.clearProperty("adjustment.claim-total-mismatch");
        System.clearProperty("gateway.folders.inbx");
        System.clearProperty("gateway.folders.root");
    }

    @Test
    void eachLayerOverridesTheOneBeforeForEveryFamily() throws IOException {
        Path first = write("first.properties", """
                gateway.retry.maximum=5
                gateway.retry.delay-ms=10
                partner.NCX0001.name=from first
                adjustment.fee-schedule-excess=CO-45
                """);
        Path second = write("second.properties", "gateway.retry.maximum=6\n");
        UnaryOperator<String> environment = environment(Map.of("GATEWAY_RETRY_DELAY_MS", "20",
                "PARTNER_NCX0001_NAME", "from environment", "ADJUSTMENT_FEE_SCHEDULE_EXCESS", "CO-45 N1"));
        System.setProperty("partner.NCX0001.name", "from -D");
        System.setProperty("adjustment.claim-total-mismatch", "CO-16 M51");

        GatewayConfiguration configuration = GatewayConfiguration.of(
                ConfigurationLayers.load(List.of(first, second), environment));
        ConfigurationCheck.check(configuration);

        assertEquals("6", configuration.text("gateway.retry.maximum"));
        assertEquals(second.toString(), configuration.source("gateway.retry.maximum"));
        assertEquals("20", configuration.text("gateway.retry.delay-ms"));
        assertEquals("environment variable GATEWAY_RETRY_DELAY_MS", configuration.source("gateway.retry.delay-ms"));
        assertEquals("jar:application.properties", configuration.source("gateway.folders.poll-delay-ms"));
        assertEquals("-Dpartner.NCX0001.name", configuration.source("partner.NCX0001.name"));
        assertEquals("from -D", TradingPartners.load(configuration.resolved(), ScanPolicy.DEFAULT_VERSIONS)
                .find("NCX0001").orElseThrow().name());
        ProgramConfig program = ProgramConfig.load(configuration.resolved());
        assertEquals(AdjustmentReason.parse("CO-45 N1"), program.feeScheduleExcess());
        assertEquals(AdjustmentReason.parse("CO-16 M51"), program.claimTotalMismatch());
    }

    @Test
    void pathsInAFileAreRelativeToItsFolderAndPlaceholdersFollowThem() throws IOException {
        Files.createDirectories(folder.resolve("etc"));
        Path file = write("etc/gateway.properties", """
                gateway.reference.authorizations=auth.csv
                gateway.folders.root=../data
                gateway.db.url=jdbc:h2:file:./work/db/gateway
                """);

        GatewayConfiguration configuration = GatewayConfiguration.of(
                ConfigurationLayers.load(List.of(file), NO_ENVIRONMENT));

        assertEquals(folder.resolve("etc/auth.csv").toString(), configuration.text("gateway.reference.authorizations"));
        assertEquals(folder.resolve("data").toString(), configuration.text("gateway.folders.root"));
        assertEquals(folder.resolve("data").resolve("inbox").toString(), configuration.text("gateway.folders.inbox"));
        assertEquals("jdbc:h2:file:./work/db/gateway", configuration.text("gateway.db.url"));
    }

    @Test
    void pathsFromTheJarAndFromDashDAreRelativeToTheWorkingDirectory() {
        System.setProperty("gateway.folders.root", "elsewhere");

        GatewayConfiguration configuration = GatewayConfiguration.of(
                ConfigurationLayers.load(List.of(), NO_ENVIRONMENT));

        assertEquals("elsewhere/outbox", configuration.text("gateway.folders.outbox"));
        assertEquals("classpath:samples/reference/providers.csv", configuration.text("gateway.reference.providers"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gateway.folders.inbx=in                       | gateway.folders.inbx | unknown key",
        "gateway.retry.maximum=three                   | gateway.retry.maximum | must be a whole number, was 'three'",
        "partner.NCX0001.isa.id=NCX0001   # ISA08       | partner.NCX0001.isa.id | a comment after the value is part of the value: put it on a line of its own",
        "partner.ACME01.name=Acme                      | partner.ACME01.name | no such partner in gateway.partners (NCX0001)",
        "partner.NCX0001.versions=005010X222A1,5010    | partner.NCX0001.versions | unknown guide '5010' (use 005010X222A1, 005010X223A2)",
        "partner.NCX0001.acknowledgments=999,997       | partner.NCX0001.acknowledgments | unknown acknowledgment '997' (use 999, 277, ta1)",
        "partner.NCX0001.payer.isa.idd=X               | partner.NCX0001.payer.isa.idd | unknown key",
        "payer.tax-idd=1                               | payer.tax-idd | unknown key",
        "program.fee.S0353=300                         | program.fee.S0353 | must be an amount like 300.00, was '300'",
        "denial.no-such-rule=CO-16                     | denial.no-such-rule | unknown key: no rule has this id (stand-alone, code-valid-on-dos, revenue-code, timely-filing, authorization-present, pathway-regimen, authorization-provider, authorization-dates, in-network, exact-duplicate, cross-form-duplicate, s0353-once, s0354-after-s0353, s0354-interval, s0354-limit)",
        "adjustment.fee-schedule-excess=45             | adjustment.fee-schedule-excess | expected GROUP-CARC [RARC ...], was '45'",
        "rule.timely-filing.dayz=1                     | rule.timely-filing.dayz | unknown key",
        "gateway.folders.inbox={{gateway.folders.rot}}/in | gateway.folders.inbox | refers to a key that is not set ({{gateway.folders.rot}}/in)",
    })
    void anUnknownOrMalformedKeyIsNamedWithItsFile(String line, String key, String problem) throws IOException {
        Path file = write("gateway.properties", line.trim() + "\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> ConfigurationCheck.check(
                GatewayConfiguration.of(ConfigurationLayers.load(List.of(file), NO_ENVIRONMENT))));

        assertEquals(key + " (" + file + "): " + problem, error.getMessage());
    }

    @Test
    void aTypoInDashDIsNamedAsDashD() {
        System.setProperty("gateway.folders.inbx", "in");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> ConfigurationCheck.check(
                GatewayConfiguration.of(ConfigurationLayers.load(List.of(), NO_ENVIRONMENT))));

        assertEquals("gateway.folders.inbx (-Dgateway.folders.inbx): unknown key", error.getMessage());
    }

    @Test
    void aMissingConfigFileIsNamed() {
        Path missing = folder.resolve("nope.properties");

        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> ConfigurationLayers.load(List.of(missing), NO_ENVIRONMENT));

        assertEquals("--config (" + missing + "): no such file", error.getMessage());
    }

    @Test
    void anOperatorsOwnPartnerListLeavesTheJarsSamplePartnerOut() throws IOException {
        Path file = write("gateway.properties", "gateway.partners=ACME01\npartner.ACME01.name=Acme\n");

        GatewayConfiguration configuration = GatewayConfiguration.of(
                ConfigurationLayers.load(List.of(file), NO_ENVIRONMENT));
        ConfigurationCheck.check(configuration);

        TradingPartners partners = TradingPartners.load(configuration.resolved(), ScanPolicy.DEFAULT_VERSIONS);
        assertEquals("Acme", partners.find("ACME01").orElseThrow().name());
        assertEquals(java.util.Optional.empty(), partners.find("NCX0001"));
    }

    @Test
    void theJarDefaultsPassTheirOwnCheck() {
        ConfigurationCheck.check(GatewayConfiguration.of(ConfigurationLayers.defaults()));
    }

    /** Camel's mapping of a key to a variable name, over a map standing for the environment. */
    private static UnaryOperator<String> environment(Map<String, String> variables) {
        return key -> variables.get(IOHelper.normalizeEnvironmentVariable(key.toUpperCase(Locale.ROOT)));
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
