package io.claimgateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.store.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files sharing patients, adjudicated side by side by two gateway instances on one store, in
 * shuffled orders: the per-patient locks must give exactly what one instance gives file after
 * file (see {@link SharedPatientFiles}): one S0353 paid per patient and no second one, eleven S0354, the twelfth
 * at its limit, none inside 30 days after the S0353. Asserts outcomes, never times.
 */
class PatientLocksConcurrencyTest {

    private static final int PATIENTS = 5;
    private static final int THREADS_PER_INSTANCE = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per patient: code and what became of it, with how many lines. */
    private static final Map<String, Integer> EXPECTED_PER_PATIENT = Map.of(
            "S0353 paid", 1,
            "S0353 CO-119 N117", SharedPatientFiles.FILES - 1,
            "S0354 paid", 11,
            "S0354 CO-119 N362", 1,
            "S0354 CO-119 N640", 1);

    @TempDir
    Path work;

    @Test
    void twoInstancesOnH2GiveWhatOneGivesWhateverTheInterleaving() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            String url = "jdbc:h2:mem:locks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            assertRulesHold(adjudicateSideBySide(properties(url, "sa", Optional.empty()), seed));
        }
    }

    @Test
    void twoInstancesOnPostgresGiveWhatOneGivesWhateverTheInterleaving() throws Exception {
        Assumptions.assumeTrue(TestPostgres.reachable(), "PostgreSQL not reachable: per-patient locks not tested on it");
        for (long seed = 1; seed <= 3; seed++) {
            String schema = TestPostgres.freshSchema("patient_locks");
            try {
                assertRulesHold(adjudicateSideBySide(
                        properties(TestPostgres.URL, TestPostgres.USER, Optional.of(schema)), seed));
            } finally {
                dropQuietly(schema);
            }
        }
    }

    @Test
    void oneInstanceFileAfterFileGivesTheSameTotals() throws Exception {
        String url = "jdbc:h2:mem:locks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path round = Files.createDirectories(work.resolve("sequential"));
        SharedPatientFiles files = new SharedPatientFiles(PATIENTS);
        Properties properties = properties(url, "sa", Optional.empty());
        properties.setProperty("gateway.reference.authorizations",
                files.writeAuthorizations(round.resolve("authorizations.csv")).toString());
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(SharedPatientFiles.AS_OF))) {
            for (int f = 1; f <= SharedPatientFiles.FILES; f++) {
                Path input = files.write(round, f);
                gateway.processor().process(input, OutputFiles.inDirectory(round.resolve("out"),
                        input.getFileName().toString()));
            }
        }
        assertRulesHold(round.resolve("out"));
    }

    /** Every file once, spread over two instances and their threads in an order the seed picks. */
    private Path adjudicateSideBySide(Properties properties, long seed) throws Exception {
        Path round = Files.createDirectories(work.resolve("round-" + UUID.randomUUID()));
        SharedPatientFiles files = new SharedPatientFiles(PATIENTS);
        properties.setProperty("gateway.reference.authorizations",
                files.writeAuthorizations(round.resolve("authorizations.csv")).toString());
        List<Path> inputs = new ArrayList<>();
        for (int f = 1; f <= SharedPatientFiles.FILES; f++) {
            inputs.add(files.write(round, f));
        }
        Collections.shuffle(inputs, new Random(seed));
        Path out = round.resolve("out");
        try (Gateway first = Gateway.open(properties, AdjudicationClock.fixed(SharedPatientFiles.AS_OF));
                Gateway second = Gateway.open(properties, AdjudicationClock.fixed(SharedPatientFiles.AS_OF))) {
            ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Callable<FileOutcome>> work = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    Gateway instance = i % 2 == 0 ? first : second;
                    Path input = inputs.get(i);
                    work.add(() -> {
                        start.await();
                        return instance.processor().process(input,
                                OutputFiles.inDirectory(out, input.getFileName().toString()));
                    });
                }
                List<Future<FileOutcome>> outcomes = new ArrayList<>();
                work.forEach(task -> outcomes.add(pool.submit(task)));
                start.countDown();
                for (Future<FileOutcome> outcome : outcomes) {
                    assertInstanceOf(FileOutcome.Processed.class, outcome.get(2, TimeUnit.MINUTES));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        return out;
    }

    private static void assertRulesHold(Path out) throws Exception {
        Map<String, Map<String, Integer>> perPatient = new TreeMap<>();
        try (Stream<Path> listed = Files.list(out)) {
            for (Path claimsJson : listed.filter(p -> p.toString().endsWith(".claims.json")).toList()) {
                for (JsonNode claim : JSON.readTree(claimsJson.toFile()).get("claims")) {
                    String patient = claim.get("claimId").asText().split("-")[0];
                    for (JsonNode line : claim.get("lines")) {
                        perPatient.computeIfAbsent(patient, p -> new TreeMap<>())
                                .merge(line.get("code").asText() + " " + outcomeOf(line), 1, Integer::sum);
                    }
                }
            }
        }
        assertEquals(PATIENTS, perPatient.size(), "patients adjudicated");
        perPatient.forEach((patient, outcomes) -> assertEquals(new TreeMap<>(EXPECTED_PER_PATIENT), outcomes, patient));
    }

    private static String outcomeOf(JsonNode line) {
        if (line.get("paid").decimalValue().signum() > 0) {
            return "paid";
        }
        String rarc = line.get("rarc").isNull() ? "" : " " + line.get("rarc").asText();
        return line.get("group").asText() + "-" + line.get("carc").asText() + rarc;
    }

    private static Properties properties(String url, String user, Optional<String> schema) {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", url);
        properties.setProperty("gateway.db.user", user);
        properties.setProperty("gateway.db.password", "");
        properties.setProperty("gateway.db.schema", schema.orElse(""));
        return properties;
    }

    private static void dropQuietly(String schema) {
        try {
            TestPostgres.dropSchema(schema);
        } catch (SQLException e) {
            // A schema left behind does not change the outcome asserted; the next run uses a fresh one.
        }
    }
}
