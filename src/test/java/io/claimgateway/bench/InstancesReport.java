package io.claimgateway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bench's "instances add up" section: a batch of small 837P files with disjoint patients,
 * answered by one {@code run} on one core, then by two on one core each, sharing one inbox and
 * one PostgreSQL store ({@link InstancesRun}); the median of the runs and the ratio of the rates.
 */
public final class InstancesReport {

    /** The batch: 60 files of 400 claims each. */
    static final int FILES = 60;
    static final int CLAIMS_PER_FILE = 400;

    private InstancesReport() {
    }

    /** @return the Markdown section, or why it was not measured */
    public static String measure(Path work, LocalDate asOf, long seed, int runs, String jdbcUrl, String user)
            throws Exception {
        Optional<Path> jar = FirstFileLatency.ownJar();
        if (jar.isEmpty()) {
            return "\nInstances: not measured, claim-gateway.jar is not on the bench's class path (run it with bin/claim-gateway bench).\n";
        }
        Path data = Files.createDirectories(work.resolve("instances-data"));
        List<Path> files = new ArrayList<>();
        try (Synthetic837Generator generator = new Synthetic837Generator(data, asOf, seed)) {
            for (int i = 0; i < FILES; i++) {
                // Each file its own prefix: its own members, so no two files share a patient.
                Path file = data.resolve(String.format("batch-%03d.837p.x12", i));
                generator.write(file, CLAIMS_PER_FILE, "B" + i);
                files.add(file);
            }
        }
        InstancesRun instances = new InstancesRun(jar.get(), jdbcUrl, user, work);
        List<InstancesRun.Result> one = new ArrayList<>();
        List<InstancesRun.Result> two = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            one.add(instances.measure(1, files, data.resolve("authorizations.csv"), data.resolve("providers.csv")));
            two.add(instances.measure(2, files, data.resolve("authorizations.csv"), data.resolve("providers.csv")));
            System.err.printf(Locale.ROOT, "bench: instances run %d: one %.2f s, two %.2f s%n", run,
                    seconds(one.get(run - 1)), seconds(two.get(run - 1)));
        }
        double oneRate = median(one).filesPerSecond();
        double twoRate = median(two).filesPerSecond();
        return String.format(Locale.ROOT, """

                Instances (%d files of %d claims, disjoint patients, dropped at once into one inbox; `run`
                processes on one core each (`taskset`), one PostgreSQL store; from the drop to the last input
                archived; median of %d runs, smallest-largest):

                | instances | seconds | files/s | claims/s |
                |---:|---:|---:|---:|
                | 1 | %.2f (%.2f-%.2f) | %.1f | %,.0f |
                | 2 | %.2f (%.2f-%.2f) | %.1f | %,.0f |

                Two instances: %.2fx the rate of one.
                """, FILES, CLAIMS_PER_FILE, runs,
                seconds(median(one)), seconds(min(one)), seconds(max(one)), oneRate, oneRate * CLAIMS_PER_FILE,
                seconds(median(two)), seconds(min(two)), seconds(max(two)), twoRate, twoRate * CLAIMS_PER_FILE,
                twoRate / oneRate);
    }

    private static double seconds(InstancesRun.Result result) {
        return result.elapsed().toNanos() / 1e9;
    }

    private static InstancesRun.Result median(List<InstancesRun.Result> results) {
        return sorted(results).get(results.size() / 2);
    }

    private static InstancesRun.Result min(List<InstancesRun.Result> results) {
        return sorted(results).get(0);
    }

    private static InstancesRun.Result max(List<InstancesRun.Result> results) {
        return sorted(results).get(results.size() - 1);
    }

    private static List<InstancesRun.Result> sorted(List<InstancesRun.Result> results) {
        return results.stream().sorted(Comparator.comparing(InstancesRun.Result::elapsed)).toList();
    }
}
