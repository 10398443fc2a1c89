package io.claimgateway.cli;

import io.claimgateway.store.TestPostgres;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.bench.Synthetic837Generator;
import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.gateway.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code run} processes on one inbox folder and one PostgreSQL store (a schema of its
 * own): the first is started on a large file and several small ones, the second while the first is
 * in the middle of the large file. The inbox read lock in the store lets each file be read by one
 * of them: every input ends in exactly one place (the archive) with one set of outputs, nothing
 * stray is left, the store holds each file once, and the paid history is the one a single
 * instance records. Skipped, visibly, when PostgreSQL is not reachable.
 */
class CompetingInstancesTest {

    private static final String URL = TestPostgres.URL;
    private static final String LARGE = "a-large.837p.x12";
    private static final int LARGE_CLAIMS = 20_000;
    private static final int SMALL_FILES = 6;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String PAID_LINES = "SELECT patient_key, procedure_code, date_of_service, authorization_number,"
            + " claim_id, claim_form FROM paid_line";

    private final String schema = TestPostgres.freshSchema("gateway_compete");

    /** Kept when the test fails: both instances' logs are in it (first.log, second.log). */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    private Path authorizations;
    private Path providers;
    private final List<Path> inputs = new ArrayList<>();

    @BeforeEach
    void requirePostgres() {
        Assumptions.assumeTrue(TestPostgres.reachable(), "PostgreSQL not reachable at " + URL + ": competing instances not tested");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (TestPostgres.reachable()) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void twoInstancesOnOneInboxPutEveryFileInOnePlaceOnceWithNothingStray() throws Exception {
        generate();
        List<String> paidByOneInstance = paidLinesOfOneInstance();
        Path config = config();
        for (Path input : inputs) {
            drop(input);
        }

        try (GatewayProcess first = GatewayProcess.start(config, root.resolve("first.log"), null)) {
            // The first holds the large file's read lock in the store: it is reading it.
            first.await("the first instance reading the large file", TIMEOUT,
                    () -> lockHeld(LARGE));
            try (GatewayProcess second = GatewayProcess.start(config, root.resolve("second.log"), null)) {
                second.await("the second instance's inbox route started", TIMEOUT,
                        () -> second.log().contains("Started folder-inbox"));
                assertTrue(Files.exists(root.resolve("inbox").resolve(LARGE)) && lockHeld(LARGE),
                        "the second started while the first was still in the middle of the large file");
                second.await("the inbox emptied and every input archived", TIMEOUT,
                        () -> GatewayProcess.names(root.resolve("inbox")).isEmpty()
                                && GatewayProcess.names(root.resolve("archive")).size() == inputs.size());
                first.await("the first instance still running", Duration.ofSeconds(1), () -> true);
                assertTrue(second.log().contains("a-small-"), "the second instance read some of the small files:\n"
                        + second.log());
            }
        }

        List<String> names = inputs.stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(names, GatewayProcess.names(root.resolve("archive")), "every input archived, once");
        for (String elsewhere : List.of("inbox", "error", "duplicate", "failed")) {
            assertEquals(List.of(), GatewayProcess.names(root.resolve(elsewhere)), "nothing in " + elsewhere);
        }
        TreeSet<String> outputs = new TreeSet<>();
        TreeSet<String> claims = new TreeSet<>();
        for (String name : names) {
            outputs.addAll(List.of(name + ".277", name + ".835", name + ".999"));
            claims.add(name + ".claims.json");
        }
        assertEquals(List.copyOf(outputs), GatewayProcess.names(root.resolve("outbox")),
                "one set of outputs per input, nothing staged or numbered twice");
        assertEquals(List.copyOf(claims), GatewayProcess.names(root.resolve("claims")));
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> stray = all.filter(p -> !p.startsWith(root.resolve("data")))
                    .filter(p -> p.getFileName().toString().endsWith(".camelLock")
                            || p.getFileName().toString().endsWith(".part"))
                    .toList();
            assertEquals(List.of(), stray, "no marker or partial files");
        }

        try (Connection connection = connect()) {
            assertEquals(inputs.size(), GatewayProcess.count(connection, "SELECT COUNT(*) FROM file_journal"), "one journal row per file");
            assertEquals(inputs.size(), GatewayProcess.count(connection,
                    "SELECT COUNT(*) FROM file_journal WHERE state = 'done' AND outcome = 'processed'"));
            assertEquals(inputs.size(), GatewayProcess.count(connection,
                    "SELECT COUNT(DISTINCT file_name) FROM file_journal"));
            assertEquals(inputs.size(), GatewayProcess.count(connection, "SELECT COUNT(*) FROM processed_interchange"),
                    "one processed interchange per file");
            assertEquals(0, GatewayProcess.count(connection, "SELECT COUNT(*) FROM camel_messageprocessed"),
                    "every read lock released");
            assertEquals(paidByOneInstance, paidLines(connection), "the paid history of a single instance");
        }
    }

    /** A large file read first (names sort), several small ones after it, and their reference data. */
    private void generate() throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        try (Synthetic837Generator generator = new Synthetic837Generator(data, LocalDate.now(), 8L)) {
            inputs.add(generator.write(data.resolve(LARGE), LARGE_CLAIMS, "L").path());
            for (int i = 1; i <= SMALL_FILES; i++) {
                inputs.add(generator.write(data.resolve("a-small-" + i + ".837p.x12"), 20, "S" + i).path());
            }
            authorizations = generator.authorizations();
            providers = generator.providers();
        }
    }

    /** Every input through one in-process gateway on an H2 store: the paid lines to expect. */
    private List<String> paidLinesOfOneInstance() throws Exception {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:compete-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        properties.setProperty("gateway.reference.authorizations", authorizations.toString());
        properties.setProperty("gateway.reference.providers", providers.toString());
        Path out = Files.createDirectories(root.resolve("single"));
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.system(Clock.systemDefaultZone()))) {
            for (Path input : inputs) {
                gateway.processor().process(input, OutputFiles.inDirectory(out, input.getFileName().toString()));
            }
            try (Connection connection = gateway.database().dataSource().getConnection()) {
                List<String> lines = paidLines(connection);
                assertFalse(lines.isEmpty());
                return lines;
            }
        } finally {
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private Path config() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("gateway.folders.root", root.toString());
        properties.setProperty("gateway.folders.poll-delay-ms", "100");
        properties.setProperty("gateway.folders.read-lock-min-age-ms", "100");
        properties.setProperty("gateway.folders.lock-keep-alive-ms", "500");
        properties.setProperty("gateway.folders.lock-max-age-ms", "5000");
        properties.setProperty("gateway.db.url", URL);
        properties.setProperty("gateway.db.user", "postgres");
        properties.setProperty("gateway.db.password", "");
        properties.setProperty("gateway.db.schema", schema);
        properties.setProperty("gateway.reference.authorizations", authorizations.toString());
        properties.setProperty("gateway.reference.providers", providers.toString());
        properties.setProperty("camel.management.enabled", "false");
        properties.setProperty("camel.main.shutdown-timeout", "10");
        Path config = root.resolve("gateway.properties");
        try (var out = Files.newBufferedWriter(config)) {
            properties.store(out, null);
        }
        return config;
    }

    private void drop(Path input) throws IOException {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path name = input.getFileName();
        Files.copy(input, inbox.resolve(name + ".part"));
        Files.move(inbox.resolve(name + ".part"), inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean lockHeld(String name) {
        try (Connection connection = connect();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM camel_messageprocessed WHERE messageId = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            return false; // the schema is not migrated yet
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = TestPostgres.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    /** The paid lines as sorted text rows (ids and record times differ between stores). */
    private static List<String> paidLines(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(PAID_LINES)) {
            while (rs.next()) {
                lines.add(String.join("|", rs.getString(1), rs.getString(2), rs.getDate(3).toString(),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        lines.sort(null);
        return lines;
    }



}
