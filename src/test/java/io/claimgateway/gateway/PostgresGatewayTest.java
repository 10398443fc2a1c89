package io.claimgateway.gateway;

import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.store.TestPostgres;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on PostgreSQL (127.0.0.1:5432, database test, user postgres), in a schema of its
 * own: the samples give the golden outputs, and two gateway instances sharing the store never
 * adjudicate one interchange twice. Skipped, visibly, when PostgreSQL is not reachable.
 */
class PostgresGatewayTest {

    private static final String URL = TestPostgres.URL;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private final String schema = TestPostgres.freshSchema("gateway_e2e");

    @TempDir
    Path out;

    @BeforeEach
    void requirePostgres() {
        Assumptions.assumeTrue(TestPostgres.reachable(), "PostgreSQL not reachable at " + URL + ": PostgreSQL path not tested");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (TestPostgres.reachable()) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void theSamplesGiveTheGoldenOutputsOnPostgres() throws Exception {
        try (Gateway gateway = Gateway.open(properties(), AdjudicationClock.fixed(AS_OF))) {
            for (Path sample : samples()) {
                gateway.processor().process(sample, OutputFiles.inDirectory(out, sample.getFileName().toString()));
            }
        }
        try (Stream<Path> produced = Files.list(out)) {
            for (Path file : produced.sorted().toList()) {
                assertEquals(Files.readString(Path.of("samples/expected").resolve(file.getFileName())),
                        Files.readString(file), file.getFileName().toString());
            }
        }
    }

    @Test
    void twoInstancesGivenTheSameFileAtOnceAdjudicateItOnce() throws Exception {
        Path sample = Path.of("samples/01-harborview-oncology.837p.x12");
        try (Gateway first = Gateway.open(properties(), AdjudicationClock.fixed(AS_OF));
                Gateway second = Gateway.open(properties(), AdjudicationClock.fixed(AS_OF))) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<FileOutcome>> both = List.of(
                        () -> first.processor().process(sample, OutputFiles.inDirectory(out.resolve("a"), "a.x12")),
                        () -> second.processor().process(sample, OutputFiles.inDirectory(out.resolve("b"), "b.x12")));
                List<FileOutcome> outcomes = new ArrayList<>();
                for (Future<FileOutcome> outcome : pool.invokeAll(both)) {
                    outcomes.add(outcome.get());
                }
                assertEquals(1, outcomes.stream().filter(FileOutcome.Processed.class::isInstance).count());
                assertInstanceOf(FileOutcome.Duplicate.class,
                        outcomes.stream().filter(o -> !(o instanceof FileOutcome.Processed)).findFirst().orElseThrow());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private Properties properties() {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", URL);
        properties.setProperty("gateway.db.user", "postgres");
        properties.setProperty("gateway.db.password", "");
        properties.setProperty("gateway.db.schema", schema);
        return properties;
    }

    private static List<Path> samples() throws Exception {
        List<Path> samples = new ArrayList<>();
        for (Path directory : List.of(Path.of("samples"), Path.of("samples/rejected"))) {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> f.toString().endsWith(".x12")).sorted().forEach(samples::add);
            }
        }
        return samples;
    }

}
