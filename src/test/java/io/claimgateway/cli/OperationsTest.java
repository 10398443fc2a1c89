package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees of a real {@code run} (a JVM of its own, the management server on a port
 * the system picks): the start-up summary with the address actually served, /observe/health with
 * every check's state and detail (the routes, the store, an SFTP channel whose server is down),
 * and /observe/metrics with the gateway's meters tagged by partner and outcome.
 */
class OperationsTest {

    private static final Path SAMPLE = Path.of("samples/01-harborview-oncology.837p.x12");
    private static final String NAME = SAMPLE.getFileName().toString();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String PASSWORD = "pw-Never-Logged-7";
    private static final Pattern MANAGEMENT = Pattern.compile(
            "  management: (http://127\\.0\\.0\\.1:\\d+)/observe/health, http://127\\.0\\.0\\.1:\\d+/observe/metrics");

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void summaryHealthAndMetricsTellTheOperatorWhatRuns() throws Exception {
        Files.writeString(folder.resolve("gateway.properties"), """
                gateway.folders.root=data
                gateway.folders.poll-delay-ms=100
                gateway.folders.read-lock-min-age-ms=100
                camel.management.port=0
                camel.main.shutdown-timeout=10
                """);
        int closedPort = freePort();
        Files.createDirectories(folder.resolve("routes"));
        Files.writeString(folder.resolve("routes/partner-acme.camel.yaml"), """
                - templatedRoute:
                    routeTemplateRef: sftp-partner
                    routeId: sftp-partner-acme
                    parameters:
                      - { name: partnerId, value: acme }
                      - { name: host, value: 127.0.0.1 }
                      - { name: port, value: "%d" }
                      - { name: username, value: acme }
                      - { name: password, value: "%s" }
                      - { name: knownHostsFile, value: known_hosts }
                      - { name: pollDelay, value: "3600000" }
                """.formatted(closedPort, PASSWORD));
        Path inbox = Files.createDirectories(folder.resolve("data/inbox"));
        Files.copy(SAMPLE, inbox.resolve(NAME + ".part"));
        Files.move(inbox.resolve(NAME + ".part"), inbox.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);

        try (GatewayProcess run = GatewayProcess.startIn(folder, folder.resolve("run.log"), List.of(), List.of("run"))) {
            run.await("the sample archived and the summary logged", TIMEOUT,
                    () -> Files.exists(folder.resolve("data/archive").resolve(NAME))
                            && MANAGEMENT.matcher(run.log()).find());
            Matcher management = MANAGEMENT.matcher(run.log());
            assertTrue(management.find());
            String base = management.group(1);

            String log = run.log();
            for (String line : List.of(
                    "claim-gateway " + GatewayVersion.version() + " starting",
                    "  configuration: jar:application.properties, jar:program.properties, jar:payer.properties, "
                            + folder.resolve("gateway.properties"),
                    "  store: jdbc:h2:file:./work/db/gateway",
                    "  guides accepted: 005010X222A1, 005010X223A2",
                    "  partner NCX0001 (Northshore Claims Exchange): guides 005010X222A1, 005010X223A2; "
                            + "acknowledgments 277, 999, ta1",
                    "  folders: inbox " + folder.resolve("data/inbox") + ", outbox " + folder.resolve("data/outbox"),
                    "Loading compiled X12 parsers (837P, 837I; delimiters * : ^ ~) ...",
                    "claim-gateway started: route folder-inbox Started (file://" + folder.resolve("data/inbox") + "), "
                            + "route sftp-partner-acme Started (sftp://127.0.0.1:" + closedPort + "/inbound)",
                    "  SFTP channel sftp-partner-acme: sftp://127.0.0.1:" + closedPort + "/inbound, "
                            + "archiveDirectory ../archive, duplicateDirectory ../duplicate, errorDirectory ../error, "
                            + "inboundDirectory inbound, outboundDirectory outbound, partnerId acme")) {
                assertTrue(log.contains(line), "the log holds: " + line + "\n" + log);
            }
            assertTrue(Pattern.compile("X12 parsers ready in \\d+ ms").matcher(log).find(), log);
            assertFalse(log.contains("0.0.0.0"), "no address that is not served");

            // The SFTP consumer's first poll fails (nothing listens on its port): wait until its check says so.
            Map<String, JsonNode> checks = new HashMap<>();
            run.await("the SFTP channel reported down", TIMEOUT, () -> {
                checks.clear();
                health(base).get("checks").forEach(check -> checks.put(check.get("name").asText(), check));
                return checks.containsKey("consumer:sftp-partner-acme") && checks.get("consumer:sftp-partner-acme")
                        .path("message").asText().startsWith("Consumer failed polling");
            });
            assertEquals("DOWN", health(base).get("status").asText(), "one check down: the gateway is not ready");
            assertCheck(checks, "context", "UP", "context\\.name=claim-gateway, context\\.status=Started, .*");
            assertCheck(checks, "route:folder-inbox", "UP", "route\\.id=folder-inbox, route\\.status=Started");
            assertCheck(checks, "consumer:folder-inbox", "UP", "route\\.id=folder-inbox, route\\.status=Started");
            assertCheck(checks, "route:sftp-partner-acme", "UP", "route\\.id=sftp-partner-acme, route\\.status=Started");
            assertCheck(checks, "consumer:sftp-partner-acme", "DOWN",
                    "Consumer failed polling \\d+ times route: sftp-partner-acme .*");
            assertCheck(checks, "sftp-acme", "DOWN", "SFTP partner acme: .*");
            assertCheck(checks, "store", "UP", "H2 \\S+ \\(\\d{4}-\\d{2}-\\d{2}\\), round trip \\d+ ms");

            List<String> gatewayMeters = get(base + "/observe/metrics").body().lines()
                    .filter(line -> line.startsWith("gateway_")).toList();
            for (String meter : List.of(
                    "gateway_files_received_total{partner=\"NCX0001\"} 1.0",
                    "gateway_files_total{outcome=\"processed\",partner=\"NCX0001\"} 1.0",
                    "gateway_file_processing_seconds_count{outcome=\"processed\",partner=\"NCX0001\"} 1",
                    "gateway_claims_total{disposition=\"adjudicated\",partner=\"NCX0001\"} 6.0",
                    "gateway_lines_total{carc=\"CO-45\",outcome=\"paid\",partner=\"NCX0001\"} 1.0",
                    "gateway_paid_amount_USD_total{partner=\"NCX0001\"} 2050.0")) {
                assertTrue(gatewayMeters.contains(meter), meter + " in " + gatewayMeters);
            }
            assertFalse(run.log().contains(PASSWORD), "the channel's password is never logged");
        }
    }

    private static void assertCheck(Map<String, JsonNode> checks, String name, String status, String message) {
        JsonNode check = checks.get(name);
        assertTrue(check != null, name + " in " + checks.keySet());
        assertEquals(status, check.get("status").asText(), name);
        String text = check.path("message").asText();
        assertTrue(text.matches(message), name + ": " + text);
    }

    private JsonNode health(String base) {
        try {
            return new ObjectMapper().readTree(get(base + "/observe/health").body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A loopback port nobody listens on (the SFTP channel's server is down). */
    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
