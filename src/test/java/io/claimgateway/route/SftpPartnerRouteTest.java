package io.claimgateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.FilePlacement;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.GatewayConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.slf4j.LoggerFactory;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SFTP partner route template against a real embedded SFTP server: Camel is started as
 * {@code run} starts it (camel-main loading {@code routes/*.camel.yaml}), plus one
 * {@code templatedRoute} block for the test partner, and the files are uploaded by a real SFTP client.
 */
class SftpPartnerRouteTest {

    private static final String ROUTE = "sftp-partner-test";
    private static final String HARBORVIEW = "01-harborview-oncology.837p.x12";
    private static final String WRONG_SE_COUNT = "r01-wrong-se-count.837p.x12";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private EmbeddedSftpServer server;
    private String databaseUrl;
    private final Properties overrides = new Properties();
    private Gateway gateway;
    private Main main;
    private CamelContext camel;

    @BeforeEach
    void startServer() throws IOException {
        Path root = Files.createDirectories(temp.resolve("sftp-root"));
        Files.createDirectories(root.resolve("inbound"));
        server = new EmbeddedSftpServer(root).start();
        // A file: the store outlives a restart of the gateway within a test.
        databaseUrl = "jdbc:h2:file:" + temp.resolve("db/gateway").toAbsolutePath();
    }

    @AfterEach
    void stopAll() throws Exception {
        stopCamel();
        server.close();
    }

    private void stopCamel() throws Exception {
        if (main != null) {
            main.stop();
            main = null;
        }
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }

    @Test
    void processedFileGivesTheGolden835InOutboundAndMovesToArchive() throws Exception {
        startCamel(passwordPartner());
        byte[] input = Files.readAllBytes(Path.of("samples", HARBORVIEW));

        server.uploadAsPartner("/inbound", HARBORVIEW, input);

        awaitFile(server.directory("/archive").resolve(HARBORVIEW));
        assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.x12.835")),
                Files.readString(server.directory("/outbound").resolve("01-harborview-oncology.837p.x12.835")));
        assertEquals(List.of("01-harborview-oncology.837p.x12.277", "01-harborview-oncology.837p.x12.835",
                "01-harborview-oncology.837p.x12.999"), names("/outbound"));
        assertContent(input, server.directory("/archive").resolve(HARBORVIEW));
        // The done file goes last, once the move is journalled.
        await("the input and its done file are gone from inbound", () -> {
            try {
                return names("/inbound").isEmpty();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void rejectedFileGoesToErrorWithItsReportInOutbound() throws Exception {
        startCamel(passwordPartner());

        server.uploadAsPartner("/inbound", WRONG_SE_COUNT, Files.readAllBytes(Path.of("samples/rejected", WRONG_SE_COUNT)));

        awaitFile(server.directory("/error").resolve(WRONG_SE_COUNT));
        assertEquals(Files.readString(Path.of("samples/expected/r01-wrong-se-count.837p.x12.error.txt")),
                Files.readString(server.directory("/outbound").resolve("r01-wrong-se-count.837p.x12.error.txt")));
        // Control numbers depend on what the gateway answered before; the transaction set must match.
        assertEquals(transactionSets(Files.readString(Path.of("samples/expected/r01-wrong-se-count.837p.x12.999"))),
                transactionSets(Files.readString(server.directory("/outbound").resolve("r01-wrong-se-count.837p.x12.999"))));
        assertEquals(List.of("r01-wrong-se-count.837p.x12.999", "r01-wrong-se-count.837p.x12.error.txt"), names("/outbound"));
        assertEquals(List.of(), names("/archive"));
        assertEquals(List.of(), names("/inbound"));
    }

    @Test
    void anotherFileUnderAUsedNameGetsNumberedNamesAndOverwritesNothing() throws Exception {
        startCamel(passwordPartner());
        byte[] first = Files.readAllBytes(Path.of("samples", HARBORVIEW));
        server.uploadAsPartner("/inbound", HARBORVIEW, first);
        awaitFile(server.directory("/archive").resolve(HARBORVIEW));
        String firstRemittance = Files.readString(server.directory("/outbound").resolve(HARBORVIEW + ".835"));

        // Other content (another interchange, so not a duplicate) under the same name.
        byte[] second = Files.readAllBytes(Path.of("samples/02-harborview-granite-two-st.837p.x12"));
        server.uploadAsPartner("/inbound", HARBORVIEW, second);

        awaitFile(server.directory("/archive").resolve(HARBORVIEW + "~2"));
        assertContent(first, server.directory("/archive").resolve(HARBORVIEW));
        assertContent(second, server.directory("/archive").resolve(HARBORVIEW + "~2"));
        assertEquals(firstRemittance, Files.readString(server.directory("/outbound").resolve(HARBORVIEW + ".835")));
        assertTrue(names("/outbound").contains(HARBORVIEW + "~2.835"), names("/outbound").toString());
    }

    @Test
    void keyAuthenticationWithoutPasswordProcessesTheFile() throws Exception {
        Map<String, String> partner = passwordPartner();
        partner.remove("password");
        partner.put("privateKeyFile", server.writeClientKey(temp.resolve("id_ecdsa")).toString());
        startCamel(partner);

        server.uploadAsPartner("/inbound", HARBORVIEW, Files.readAllBytes(Path.of("samples", HARBORVIEW)));

        awaitFile(server.directory("/archive").resolve(HARBORVIEW));
        assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.x12.835")),
                Files.readString(server.directory("/outbound").resolve("01-harborview-oncology.837p.x12.835")));
    }

    @Test
    void unknownHostKeyIsRefusedAndNothingIsProcessed() throws Exception {
        Map<String, String> partner = passwordPartner();
        partner.put("knownHostsFile", server.writeWrongKnownHosts(temp.resolve("wrong_known_hosts")).toString());
        server.uploadAsPartner("/inbound", HARBORVIEW, Files.readAllBytes(Path.of("samples", HARBORVIEW)));
        startCamel(partner);

        ScheduledPollConsumer consumer = consumer();
        // The error counter restarts after each back-off period: seeing a back-off is enough.
        await("polls refused until the consumer backs off",
                () -> consumer.getErrorCounter() >= 2 || consumer.getBackoffCounter() > 0);
        assertEquals(0, consumer.getSuccessCounter());
        assertEquals(List.of(HARBORVIEW, HARBORVIEW + ".done"), names("/inbound"));
        assertEquals(List.of(), names("/outbound"));
        assertEquals(List.of(), names("/archive"));
        assertFalse(Files.exists(temp.resolve("work/sftp/ledger/test")), "the core path never ran");
    }

    @Test
    void fileWithoutItsDoneFileIsNotPickedUp() throws Exception {
        startCamel(passwordPartner());
        byte[] input = Files.readAllBytes(Path.of("samples", HARBORVIEW));
        server.uploadUnfinished("/inbound", HARBORVIEW, input);
        server.uploadAsPartner("/inbound", ".hidden.x12", input);

        ScheduledPollConsumer consumer = consumer();
        long polls = consumer.getSuccessCounter();
        await("three more polls", () -> consumer.getSuccessCounter() >= polls + 3);
        assertEquals(List.of(), names("/outbound"));
        assertTrue(Files.exists(server.directory("/inbound").resolve(HARBORVIEW)));

        server.finishUpload("/inbound", HARBORVIEW, input);
        awaitFile(server.directory("/archive").resolve(HARBORVIEW));
        assertContent(input, server.directory("/archive").resolve(HARBORVIEW));
        assertEquals(List.of("01-harborview-oncology.837p.x12.277", "01-harborview-oncology.837p.x12.835",
                "01-harborview-oncology.837p.x12.999"), names("/outbound"));
        assertEquals(List.of(".hidden.x12", ".hidden.x12.done"), names("/inbound"), "hidden names are never read");
    }

    @Test
    void serverThatGoesAwayAndComesBackGetsTheFileProcessedExactlyOnce() throws Exception {
        server.uploadAsPartner("/inbound", HARBORVIEW, Files.readAllBytes(Path.of("samples", HARBORVIEW)));
        int port = server.port();
        server.stop();
        CamelContext context = startCamelWith(passwordPartner());
        NotifyBuilder once = new NotifyBuilder(context).fromRoute(ROUTE).whenDone(1).create();
        AtomicInteger pickUps = countPickUps(context);

        ScheduledPollConsumer consumer = consumer();
        await("the consumer backing off while the server is down", () -> consumer.getBackoffCounter() > 0);
        assertEquals(0, consumer.getSuccessCounter());
        assertFalse(once.matches(), "nothing is processed while the server is down");
        server.start();
        assertEquals(port, server.port());

        assertTrue(once.matches(DEADLINE.toSeconds(), TimeUnit.SECONDS), "processed after the restart");
        awaitFile(server.directory("/archive").resolve(HARBORVIEW));
        long polls = consumer.getSuccessCounter();
        await("two more polls", () -> consumer.getSuccessCounter() >= polls + 2);
        assertEquals(1, pickUps.get(), "picked up exactly once");
        assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.x12.835")),
                Files.readString(server.directory("/outbound").resolve("01-harborview-oncology.837p.x12.835")),
                "a second adjudication would have denied the lines as duplicates");
        assertEquals(List.of(), names("/inbound"));
        assertEquals(1, ledgerEntries());
    }

    @Test
    void brokenUploadIsRetriedAndTheFileIsNotAdjudicatedTwice() throws Exception {
        // One redelivery per exchange: three refused writes fail the first exchange (input left in
        // inbound) and the first try of the next one, whose redelivery then succeeds.
        server.refuseNextOutboundWrites(3);
        startCamel(passwordPartner());

        server.uploadAsPartner("/inbound", HARBORVIEW, Files.readAllBytes(Path.of("samples", HARBORVIEW)));

        awaitFile(server.directory("/archive").resolve(HARBORVIEW));
        assertEquals(3, server.refusedOutboundWrites());
        assertEquals(Files.readString(Path.of("samples/expected/01-harborview-oncology.837p.x12.835")),
                Files.readString(server.directory("/outbound").resolve("01-harborview-oncology.837p.x12.835")),
                "the second pick-up sent the first 835 again instead of adjudicating duplicates");
        assertEquals(List.of("01-harborview-oncology.837p.x12.277", "01-harborview-oncology.837p.x12.835",
                "01-harborview-oncology.837p.x12.999"), names("/outbound"));
        assertEquals(1, ledgerEntries());
    }

    @Test
    void aDirectoryTheChannelCannotCreateMakesItDownWithOneLineUntilItIsFixed() throws Exception {
        // A plain file where the error directory should be: the server refuses to create it.
        Path blocker = Files.writeString(server.directory("/error"), "not a directory");
        byte[] input = Files.readAllBytes(Path.of("samples", HARBORVIEW));
        server.uploadAsPartner("/inbound", HARBORVIEW, input);
        ListAppender<ILoggingEvent> log = capture(SftpChannel.class);
        startCamel(passwordPartner());

        String down = "cannot create directory ../error (error) on sftp://" + EmbeddedSftpServer.USER + "@127.0.0.1:"
                + server.port() + ": error is not a directory";
        HealthCheck health = awaitHealth(HealthCheck.State.DOWN, down);
        assertEquals("SFTP partner test: " + down, message(health));
        ScheduledPollConsumer consumer = consumer();
        long polls = consumer.getCounter();
        await("three more polls", () -> consumer.getCounter() >= polls + 3);
        assertEquals(List.of("WARN SFTP partner test is DOWN: " + down), lines(log),
                "one line, however many polls, and no stack trace");
        assertEquals(List.of(HARBORVIEW, HARBORVIEW + ".done"), names("/inbound"), "nothing is taken while DOWN");
        assertEquals(List.of(), names("/outbound"));
        assertTrue(Files.isDirectory(server.directory("/outbound")), "the directories before it are created");
        assertTrue(Files.isDirectory(server.directory("/archive")));

        Files.delete(blocker);

        awaitFile(server.directory("/archive").resolve(HARBORVIEW));
        assertContent(input, server.directory("/archive").resolve(HARBORVIEW));
        assertEquals("SFTP partner test: directories ready", message(awaitHealth(HealthCheck.State.UP, "")));
        assertEquals("INFO SFTP partner test is UP again: its directories are ready", lines(log).get(1));
    }

    @Test
    void aMoveThatFailsLeavesTheFileWithItsDoneFileAndItIsFinishedOnceFixedNotProcessedTwice() throws Exception {
        startCamel(passwordPartner());
        awaitHealth(HealthCheck.State.UP, "");
        // The error directory goes away after the start-up check and cannot be created again.
        Files.delete(server.directory("/error"));
        Path blocker = Files.writeString(server.directory("/error"), "not a directory");
        ListAppender<ILoggingEvent> log = capture("sftp-partner-test");
        NotifyBuilder failed = new NotifyBuilder(camel).fromRoute(ROUTE).whenFailed(1).create();

        server.uploadAsPartner("/inbound", WRONG_SE_COUNT, Files.readAllBytes(Path.of("samples/rejected", WRONG_SE_COUNT)));

        assertTrue(failed.matches(DEADLINE.toSeconds(), TimeUnit.SECONDS), "the move fails the exchange");
        assertEquals(List.of(WRONG_SE_COUNT, WRONG_SE_COUNT + ".done"), names("/inbound"), "not stranded: done file kept");
        Map<String, String> delivered = contents("/outbound");
        assertEquals(List.of(WRONG_SE_COUNT + ".999", WRONG_SE_COUNT + ".error.txt"), List.copyOf(delivered.keySet()));
        assertEquals(List.of("ERROR test: could not move " + WRONG_SE_COUNT + " to ../error/" + WRONG_SE_COUNT
                + ": error is not a directory; it stays in the inbound directory with its done file and is taken again at a later poll"),
                lines(log).stream().filter(l -> l.startsWith("ERROR")).toList(), "one line, no stack trace");
        awaitHealth(HealthCheck.State.DOWN, "error is not a directory");

        Files.delete(blocker);

        awaitFile(server.directory("/error").resolve(WRONG_SE_COUNT));
        assertEquals(List.of(), names("/inbound"));
        assertEquals(delivered, contents("/outbound"), "the same outputs handed back, not produced again");
        assertEquals(List.of("rejected done"), journal(), "one delivery, finished");
    }

    @Test
    void aFileRejectedForOurOwnMisconfigurationIsProcessedWhenUploadedAgainAndThenIsADuplicate() throws Exception {
        byte[] input = Files.readAllBytes(Path.of("samples", HARBORVIEW));
        // Our mistake: the partner the file comes from is not set up.
        overrides.setProperty("gateway.partners", "OTHER01");
        startCamel(passwordPartner());
        server.uploadAsPartner("/inbound", HARBORVIEW, input);
        awaitFile(server.directory("/error").resolve(HARBORVIEW));
        assertTrue(Files.readString(server.directory("/outbound").resolve(HARBORVIEW + ".error.txt"))
                .contains("\nRejected: ENV017 "));

        // Fixed: the partner is set up again; the partner (or an operator) uploads the same file again.
        stopCamel();
        overrides.clear();
        startCamel(passwordPartner());
        server.uploadAsPartner("/inbound", HARBORVIEW, input);

        awaitFile(server.directory("/archive").resolve(HARBORVIEW + "~2"));
        assertContent(input, server.directory("/error").resolve(HARBORVIEW));
        assertTrue(names("/outbound").containsAll(List.of(HARBORVIEW + "~2.835", HARBORVIEW + "~2.999",
                HARBORVIEW + "~2.277", HARBORVIEW + ".error.txt")), names("/outbound").toString());

        server.uploadAsPartner("/inbound", HARBORVIEW, input);

        awaitFile(server.directory("/duplicate").resolve(HARBORVIEW + "~3"));
        assertTrue(Files.readString(server.directory("/outbound").resolve(HARBORVIEW + "~3.duplicate.txt"))
                .contains("\nRejected: ENV018 "), "its interchange was processed: a duplicate, nothing adjudicated again");
        assertEquals(List.of("rejected done", "processed done", "duplicate done"), journal());
        assertEquals(List.of(), names("/inbound"));
    }

    private Map<String, String> passwordPartner() throws IOException {
        Map<String, String> partner = new LinkedHashMap<>();
        partner.put("partnerId", "test");
        partner.put("host", "127.0.0.1");
        partner.put("port", Integer.toString(server.port()));
        partner.put("username", EmbeddedSftpServer.USER);
        partner.put("password", EmbeddedSftpServer.PASSWORD);
        partner.put("knownHostsFile", server.writeKnownHosts(temp.resolve("known_hosts")).toString());
        partner.put("pollDelay", "200");
        partner.put("backoffErrorThreshold", "2");
        partner.put("backoffMultiplier", "3");
        return partner;
    }

    private void startCamel(Map<String, String> partner) throws Exception {
        startCamelWith(partner);
    }

    /** Starts Camel as {@code run} does, with the partner's templatedRoute block in its own file. */
    private CamelContext startCamelWith(Map<String, String> partner) throws Exception {
        Path partnerFile = temp.resolve("partner.camel.yaml");
        Files.writeString(partnerFile, "- templatedRoute:\n"
                + "    routeTemplateRef: sftp-partner\n"
                + "    routeId: " + ROUTE + "\n"
                + "    parameters:\n"
                + partner.entrySet().stream()
                        .map(e -> "      - name: " + e.getKey() + "\n        value: \"" + e.getValue() + "\"\n")
                        .collect(Collectors.joining()));
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.folders.root", temp.resolve("work").toString());
        properties.setProperty("gateway.db.url", databaseUrl);
        properties.setProperty("gateway.db.user", "sa");
        properties.setProperty("gateway.db.password", "");
        properties.setProperty("gateway.sftp.redelivery.maximum", "1");
        properties.setProperty("gateway.sftp.redelivery.delay-ms", "100");
        properties.setProperty("gateway.sftp.redelivery.maximum-delay-ms", "500");
        properties.setProperty("camel.main.routes-include-pattern",
                "file:routes/*.camel.yaml,file:" + partnerFile.toAbsolutePath());
        properties.setProperty("camel.main.shutdown-timeout", "5");
        properties.setProperty("gateway.folders.lock-keep-alive-ms", "500");
        properties.setProperty("gateway.folders.lock-max-age-ms", "5000");
        // No operations HTTP server in tests: port 8080 may be taken.
        properties.setProperty("camel.management.enabled", "false");
        properties.putAll(overrides);
        gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)));
        main = new Main();
        main.setOverrideProperties(properties);
        // The beans run binds, from the same configuration class.
        main.configure().addConfiguration(new GatewayBeans(gateway, GatewayConfiguration.of(properties),
                gateway.database().dataSource()));
        main.start();
        camel = main.getCamelContext();
        await("Camel started", () -> camel != null && camel.isStarted() && camel.getRoute(ROUTE) != null);
        return camel;
    }

    /** Exchanges of the partner route that finished, not counting the split's per-upload copies. */
    private static AtomicInteger countPickUps(CamelContext context) throws Exception {
        AtomicInteger count = new AtomicInteger();
        EventNotifierSupport notifier = new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
                if (ROUTE.equals(exchange.getFromRouteId())
                        && exchange.getProperty(ExchangePropertyKey.SPLIT_INDEX) == null) {
                    count.incrementAndGet();
                }
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.ExchangeCompletedEvent
                        || event instanceof CamelEvent.ExchangeFailedEvent;
            }
        };
        context.getManagementStrategy().addEventNotifier(notifier);
        notifier.start();
        return count;
    }

    /** The partner channel's health check, once it reports {@code state} with a message holding {@code detail}. */
    private HealthCheck awaitHealth(HealthCheck.State state, String detail) throws InterruptedException {
        await("the channel's health check " + state + " " + detail, () -> {
            Optional<HealthCheck> check = HealthCheckRegistry.get(camel).getCheck("sftp-test");
            return check.isPresent() && check.get().call().getState() == state && message(check.get()).contains(detail);
        });
        return HealthCheckRegistry.get(camel).getCheck("sftp-test").orElseThrow();
    }

    private static String message(HealthCheck check) {
        return check.call().getMessage().orElse("");
    }

    private static ListAppender<ILoggingEvent> capture(Class<?> type) {
        return capture(type.getName());
    }

    private static ListAppender<ILoggingEvent> capture(String loggerName) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(loggerName)).addAppender(appender);
        return appender;
    }

    /** Each captured event as "LEVEL message", or with " +stack trace" when it carries one. */
    private static List<String> lines(ListAppender<ILoggingEvent> appender) {
        return List.copyOf(appender.list).stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " +stack trace")).toList();
    }

    private Map<String, String> contents(String directory) throws IOException {
        Map<String, String> contents = new java.util.TreeMap<>();
        for (String name : names(directory)) {
            contents.put(name, Files.readString(server.directory(directory).resolve(name)));
        }
        return contents;
    }

    /** The journal of the test partner's channel: "outcome state" per entry, oldest first. */
    private List<String> journal() {
        return gateway.database().inTransaction(connection -> {
            List<String> entries = new java.util.ArrayList<>();
            try (var rs = connection.createStatement().executeQuery(
                    "SELECT outcome, state FROM file_journal WHERE channel = 'test' ORDER BY id")) {
                while (rs.next()) {
                    entries.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return entries;
        });
    }

    private ScheduledPollConsumer consumer() {
        return (ScheduledPollConsumer) camel.getRoute(ROUTE).getConsumer();
    }

    private long ledgerEntries() throws IOException {
        try (Stream<Path> entries = Files.list(temp.resolve("work/sftp/ledger/test"))) {
            return entries.count();
        }
    }

    private List<String> names(String directory) throws IOException {
        Path local = server.directory(directory);
        if (!Files.isDirectory(local)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(local)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertContent(byte[] expected, Path actual) throws IOException {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, Files.readAllBytes(actual));
    }

    private void awaitFile(Path file) throws InterruptedException, IOException {
        try {
            await(file + " to appear", () -> Files.exists(file));
        } catch (AssertionError e) {
            try (Stream<Path> tree = Files.walk(server.root())) {
                fail(e.getMessage() + "; the server holds " + tree.map(p -> server.root().relativize(p).toString())
                        .sorted().toList());
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** The ST..SE segments of an acknowledgment, without the envelope's control numbers. */
    private static List<String> transactionSets(String x12) {
        return x12.lines().filter(line -> !line.matches("(ISA|GS|GE|IEA)\\*.*")).toList();
    }
}
