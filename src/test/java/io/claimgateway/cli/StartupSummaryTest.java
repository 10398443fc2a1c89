package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.GatewayConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.util.OrderedLocationProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up summary of run: what it starts with, no credential in it. */
class StartupSummaryTest {

    @TempDir
    Path folder;

    @AfterEach
    void clear() {
        System.clearProperty("gateway.retry.maximum");
    }

    @Test
    void theSummaryNamesFilesStoreGuidesPartnersFoldersAndRoutesWithoutCredentials() throws Exception {
        Path config = Files.writeString(folder.resolve("gateway.properties"), """
                gateway.folders.root=data
                gateway.db.url=jdbc:postgresql://db.example:5432/claims?user=cg&password=s3cret
                gateway.db.user=cg
                gateway.db.password=s3cret
                gateway.db.schema=claims_test
                gateway.partners=NCX0001,ACME01
                partner.ACME01.name=Acme Clearinghouse
                partner.ACME01.versions=005010X222A1
                partner.ACME01.acknowledgments=999,ta1
                """);
        System.setProperty("gateway.retry.maximum", "5");
        OrderedLocationProperties layers = ConfigurationLayers.load(List.of(config));
        layers.put("routes", RouteFiles.INCLUDE_PATTERN_KEY,
                "classpath:routes/folder-inbox.camel.yaml,file:/etc/cg/routes/*.camel.yaml");

        List<String> lines = StartupSummary.lines(List.of(config), layers, GatewayConfiguration.of(layers));

        Path data = folder.resolve("data");
        assertEquals(List.of(
                "claim-gateway " + GatewayVersion.version() + " starting",
                "  configuration: jar:application.properties, jar:program.properties, jar:payer.properties, " + config,
                "  overridden by: -Dgateway.retry.maximum",
                "  store: jdbc:postgresql://db.example:5432/claims?user=***&password=*** (schema claims_test)",
                "  guides accepted: 005010X222A1, 005010X223A2",
                "  partner NCX0001 (Northshore Claims Exchange): guides 005010X222A1, 005010X223A2; "
                        + "acknowledgments 277, 999, ta1",
                "  partner ACME01 (Acme Clearinghouse): guides 005010X222A1; acknowledgments 999, ta1",
                "  folders: inbox " + data.resolve("inbox") + ", outbox " + data.resolve("outbox") + ", claims "
                        + data.resolve("claims") + ", archive " + data.resolve("archive") + ", error "
                        + data.resolve("error") + ", duplicate " + data.resolve("duplicate") + ", failed "
                        + data.resolve("failed") + ", sftp work " + data.resolve("sftp"),
                "  routes: classpath:routes/folder-inbox.camel.yaml, file:/etc/cg/routes/*.camel.yaml"), lines);
    }
}
