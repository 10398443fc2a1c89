package io.claimgateway.bench;

import io.claimgateway.bench.Synthetic837Generator.SyntheticFile;
import io.claimgateway.cli.ExitCodes;
import io.claimgateway.cli.GatewayVersion;
import io.claimgateway.cli.Progress;
import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.FileOutcome;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.gateway.OutputFiles;
import io.claimgateway.parse.ClaimFileReader;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.ScanPolicy;
import io.claimgateway.validate.GuideElementChecks;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bench}: generates a synthetic 837P of N claims (with matching reference data) per
 * {@code --claims}, then times R runs of (a) parse only — scan + Smooks parse into a counting sink,
 * one reader kept across runs as the gateway keeps it — and (b) the whole path — a fresh Gateway on
 * a new H2 file store per run, {@code ClaimFileProcessor.process} writing the 835 and claims JSON.
 * Prints a Markdown table (and writes it to {@code --out DIR/bench.md}). Exit 0, or 1 when a file
 * was rejected or gave the wrong number of claims.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = GatewayVersion.class,
        description =
                "Generates synthetic 837P files and times StAEDI (the reference), the envelope " +
                "pass, the parse and the whole path; prints a Markdown table. Shows progress on " +
                "stderr when it is a terminal.",
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:every run as expected",
            "1:a file rejected or a claim missing", ExitCodes.USAGE_LINE})
final class BenchCommand implements Callable<Integer> {

    /** Run by {@code bin/claim-gateway bench}: the bench lives with the tests, not in the jar. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }


    /** The as-of date of the samples; the generator puts every date of service in its year. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final int WARM_UP_CLAIMS = 2_000;
    /** Processed by each fresh Gateway before the timed file, so the DFDL compile is not timed. */
    private static final int PRIMING_CLAIMS = 20;
    private static final long SEED = 837L;
    private static final double MB = 1024.0 * 1024.0;

    @Option(names = "--claims", paramLabel = "N", converter = PositiveCount.class, description =
            "Size of a generated 837P file in claims; may repeat (default 10000; 100_000 and " +
            "100,000 are read too).")
    private List<Integer> claimSizes = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "R", converter = PositiveCount.class,
            description = "Timed runs per size; the median is reported (default 3).")
    private int runCount = 3;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the report to DIR/bench.md.")
    private Path outDirectory;

    @Option(names = "--instances-store", paramLabel = "JDBC_URL", description =
            "Also measure one run instance against two (one core each) on a batch of small files, " +
            "sharing this PostgreSQL database (a schema per measure, dropped after), e.g. " +
            "jdbc:postgresql://127.0.0.1:5432/test.")
    private String instancesStore;

    @Option(names = "--instances-user", paramLabel = "USER", description =
            "User of --instances-store (default postgres; no password).")
    private String instancesUser = "postgres";

    @Override
    public Integer call() throws Exception {
        return run(claimSizes.isEmpty() ? List.of(10_000) : claimSizes, runCount, Optional.ofNullable(outDirectory),
                Optional.ofNullable(instancesStore), instancesUser);
    }

    static int run(List<Integer> sizes, int runs, Optional<Path> out) throws Exception {
        return run(sizes, runs, out, Optional.empty(), "postgres");
    }

    static int run(List<Integer> sizes, int runs, Optional<Path> out, Optional<String> instancesStore,
            String instancesUser) throws Exception {
        Path work = Files.createTempDirectory("claim-gateway-bench-");
        HeapPeak heap = new HeapPeak();
        List<Row> rows = new ArrayList<>();
        boolean failed = false;
        FirstFileLatency.Report firstFile;
        String instances = "";
        // As the gateway reads: envelope pass with the guides' element checks, then the parse.
        ClaimFileReader reader = new ClaimFileReader(ScanPolicy.strict(), GuideElementChecks::forVersion);
        try {
            DataSet warmUp = DataSet.generate(work.resolve("warm-up"), WARM_UP_CLAIMS);
            System.err.printf("bench: warm-up with %,d claims%n", WARM_UP_CLAIMS);
            StaediReference.read(warmUp.main().path());
            parseOnly(reader, warmUp.main());
            wholePath(warmUp, work.resolve("warm-up").resolve("out"), heap);
            Progress progress = Progress.onTerminal("bench", "runs", sizes.size() * runs).lineByLine();
            for (int claims : sizes) {
                Path directory = work.resolve("n" + claims);
                DataSet data = DataSet.generate(directory, claims);
                System.err.printf("bench: %,d claims, %,d bytes, %,d segments (generated in %.2f s)%n",
                        claims, data.main().bytes(), data.main().segments(), data.generateSeconds());
                List<Measured> reference = new ArrayList<>();
                List<Measured> envelope = new ArrayList<>();
                List<Measured> parse = new ArrayList<>();
                List<Measured> whole = new ArrayList<>();
                for (int run = 1; run <= runs; run++) {
                    heap.reset();
                    long referenceStart = System.nanoTime();
                    long referenceCpuStart = processCpuNanos();
                    int bound = StaediReference.read(data.main().path());
                    reference.add(new Measured(seconds(referenceStart), cpuSeconds(referenceCpuStart), heap.bytes(), heap.residentBytes(),
                            bound == claims ? "" : "bound " + bound));
                    heap.reset();
                    long envelopeStart = System.nanoTime();
                    long envelopeCpuStart = processCpuNanos();
                    ReceivedFile received = reader.readEnvelopes(data.main().path());
                    envelope.add(new Measured(seconds(envelopeStart), cpuSeconds(envelopeCpuStart), heap.bytes(), heap.residentBytes(),
                            received.firstProblem().map(p -> "rejected: " + p.summary()).orElse("")));
                    heap.reset();
                    long start = System.nanoTime();
                    long cpuStart = processCpuNanos();
                    int parsed = parseOnly(reader, data.main());
                    parse.add(new Measured(seconds(start), cpuSeconds(cpuStart), heap.bytes(), heap.residentBytes(),
                            parsed == claims ? "" : "parsed " + parsed));
                    whole.add(wholePath(data, directory.resolve("out-" + run), heap));
                    // Each run's figures at once, so a long bench that is stopped still tells something.
                    System.err.printf(Locale.ROOT, "bench: %,d claims run %d: parse only %.2f s (cpu %.2f s), peak heap %.0f MB;"
                            + " whole path %.2f s (cpu %.2f s), peak heap %.0f MB%n", claims, run,
                            parse.get(run - 1).seconds(), parse.get(run - 1).cpuSeconds(),
                            parse.get(run - 1).peakHeap() / MB, whole.get(run - 1).seconds(),
                            whole.get(run - 1).cpuSeconds(), whole.get(run - 1).peakHeap() / MB);
                    progress.step(claims, data.main().bytes());
                }
                Row row = new Row(data, reference, envelope, parse, whole);
                failed |= row.failed();
                rows.add(row);
                deleteRecursively(directory);
            }
            firstFile = FirstFileLatency.measure(work, AS_OF, SEED, runs);
            failed |= firstFile.failed();
            if (instancesStore.isPresent()) {
                instances = InstancesReport.measure(work, AS_OF, SEED, runs, instancesStore.get(), instancesUser);
            }
        } finally {
            deleteRecursively(work);
        }
        String report = report(rows, runs, heap) + firstFile.markdown() + instances;
        System.out.print(report);
        if (out.isPresent()) {
            Files.createDirectories(out.get());
            Files.writeString(out.get().resolve("bench.md"), report, StandardCharsets.UTF_8);
        }
        return failed ? 1 : 0;
    }

    /** The timed file and the priming file of one size, with their reference data. */
    private record DataSet(SyntheticFile main, SyntheticFile priming, Path authorizations, Path providers,
            double generateSeconds) {

        static DataSet generate(Path directory, int claims) throws IOException {
            long start = System.nanoTime();
            try (Synthetic837Generator generator = new Synthetic837Generator(directory, AS_OF, SEED)) {
                SyntheticFile priming = generator.write(directory.resolve("priming.837p.x12"), PRIMING_CLAIMS, "P");
                SyntheticFile main = generator.write(directory.resolve("bench-" + claims + ".837p.x12"), claims, "N");
                return new DataSet(main, priming, generator.authorizations(), generator.providers(), seconds(start));
            }
        }
    }

    /** One timed run: seconds, peak heap bytes, and what went wrong (empty when nothing did). */
    private record Measured(double seconds, double cpuSeconds, long peakHeap, long peakResident, String problem) {
    }

    private record Row(DataSet data, List<Measured> reference, List<Measured> envelope, List<Measured> parse,
            List<Measured> whole) {
        boolean failed() {
            return Stream.of(reference, envelope, parse, whole).flatMap(List::stream)
                    .anyMatch(m -> !m.problem().isEmpty());
        }

        /** The whole path's rate as a share of StAEDI's parse-and-bind rate on the same file. */
        double shareOfReference() {
            return median(reference.stream().map(Measured::seconds).toList())
                    / median(whole.stream().map(Measured::seconds).toList());
        }
    }

    private static int parseOnly(ClaimFileReader reader, SyntheticFile file) throws IOException {
        int[] count = {0};
        ClaimFileReader.Result result = reader.read(file.path(), claim -> count[0]++);
        if (result instanceof ClaimFileReader.Result.Rejected rejected) {
            System.err.println("bench: parse rejected " + file.path().getFileName() + ": "
                    + rejected.rejection().summary());
            return -1;
        }
        return count[0];
    }

    /** Fresh store and Gateway, primed untimed; only {@code process} of the main file is timed. */
    private static Measured wholePath(DataSet data, Path outputs, HeapPeak heap) throws Exception {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.reference.authorizations", data.authorizations().toString());
        properties.setProperty("gateway.reference.providers", data.providers().toString());
        // An H2 file store, as `run` uses by default, in the run's own directory (deleted with it):
        // the paid history lives on disk, so the heap measured is the path's own.
        properties.setProperty("gateway.db.url", "jdbc:h2:file:" + outputs.resolve("db").resolve("gateway")
                .toAbsolutePath());
        properties.setProperty("gateway.db.user", "sa");
        properties.setProperty("gateway.db.password", "");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(AS_OF))) {
            FileOutcome primed = gateway.processor().process(data.priming().path(),
                    OutputFiles.inDirectory(outputs, data.priming().path().getFileName().toString()));
            if (!(primed instanceof FileOutcome.Processed)) {
                return new Measured(0, 0, 0, -1, "priming file rejected");
            }
            heap.reset();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            FileOutcome outcome = gateway.processor().process(data.main().path(),
                    OutputFiles.inDirectory(outputs, data.main().path().getFileName().toString()));
            double seconds = seconds(start);
            double cpu = cpuSeconds(cpuStart);
            long peak = heap.bytes();
            long resident = heap.residentBytes();
            if (outcome instanceof FileOutcome.Processed processed) {
                String problem = processed.claims() != data.main().claims() ? "claims " + processed.claims()
                        : "";
                System.err.printf("bench: whole path %,d claims: %,d adjudicated, %,d forwarded, paid %s, "
                        + "835 %,d bytes%n", processed.claims(), processed.adjudicated(), processed.forwarded(),
                        processed.paid(), processed.remittance().map(BenchCommand::size).orElse(0L));
                return new Measured(seconds, cpu, peak, resident, problem);
            }
            FileOutcome.Rejected rejected = (FileOutcome.Rejected) outcome;
            return new Measured(seconds, cpu, peak, resident, "rejected: " + rejected.rejection().summary());
        }
    }

    private static String report(List<Row> rows, int runs, HeapPeak heap) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "## Claim gateway bench (%d run%s per size, median)%n%n", runs,
                runs == 1 ? "" : "s"));
        text.append("| claims | file MB | segments | service lines | path | median s | claims/s | median cpu s "
                + "| peak heap MB | peak RSS MB | runs s |\n");
        text.append("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            line(text, row, "StAEDI reference", row.reference());
            line(text, row, "envelope pass", row.envelope());
            line(text, row, "parse only", row.parse());
            line(text, row, "whole path", row.whole());
        }
        text.append('\n');
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "Whole path at %.1f %% of StAEDI's parse-and-bind rate (%,d claims).%n",
                    100 * row.shareOfReference(), row.data().main().claims()));
        }
        Runtime runtime = Runtime.getRuntime();
        text.append(String.format(Locale.ROOT, "%nJVM: Java %s, max heap (-Xmx) %.0f MB, %d processors, GC %s.%n",
                System.getProperty("java.version"), runtime.maxMemory() / MB, runtime.availableProcessors(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(" + "))));
        text.append("""
                - StAEDI reference: io.xlate StAEDI streaming the same file and binding each claim's values \
                (claim id, charge, billing NPI, member id, lines): the yardstick, not the gateway's path.
                - envelope pass: the one streaming read that builds the envelope model and runs the guides' \
                element checks (mappings/837.element-checks.csv), alone.
                - parse only: the envelope pass + the Smooks/DFDL parse of each accepted set into a counting \
                sink; one ClaimFileReader kept across runs.
                - whole path: ClaimFileProcessor.process (read, adjudicate against H2, write 835 + claims JSON) \
                on a fresh Gateway with a new H2 file store per run; Gateway start-up (migrations, reference data) \
                and a %d-claim priming file (DFDL compile) are not timed.
                - Warm-up first: %,d claims through both paths. File generation is not timed.
                """.formatted(PRIMING_CLAIMS, WARM_UP_CLAIMS));
        text.append("- cpu s: CPU time of the whole JVM process over the run (all threads, GC and JIT included); "
                + "on a shared machine, wall time above cpu time is time spent waiting for a core.\n");
        text.append("- peak heap: after System.gc(), MemoryPoolMXBean.resetPeakUsage() on every heap pool (")
                .append(heap.poolNames())
                .append("), then the sum of the pools' peak used bytes over the run: an upper bound of the heap in "
                        + "use at any one moment (the pools peak at different times), garbage included; largest "
                        + "over the runs.\n");
        text.append("- peak RSS: the process's resident high-water mark (Linux VmHWM, set back with "
                + "/proc/self/clear_refs before each run), largest over the runs: the JVM's whole footprint "
                + "(heap as far as touched, metaspace, code, threads), not the path's alone.\n");
        return text.toString();
    }

    private static void line(StringBuilder text, Row row, String path, List<Measured> runs) {
        SyntheticFile file = row.data().main();
        double median = median(runs.stream().map(Measured::seconds).toList());
        long peak = runs.stream().mapToLong(Measured::peakHeap).max().orElse(0);
        String problems = runs.stream().map(Measured::problem).filter(p -> !p.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
        long resident = runs.stream().mapToLong(Measured::peakResident).max().orElse(-1);
        text.append(String.format(Locale.ROOT, "| %,d | %.1f | %,d | %,d | %s | %.2f | %,.0f | %.2f | %.0f | %s | %s |%n",
                file.claims(), file.bytes() / MB, file.segments(), file.serviceLines(), path, median,
                file.claims() / median, median(runs.stream().map(Measured::cpuSeconds).toList()), peak / MB,
                resident < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", resident / MB),
                runs.stream().map(m -> String.format(Locale.ROOT, "%.2f", m.seconds())).collect(Collectors.joining(" "))
                        + (problems.isEmpty() ? "" : " FAILED: " + problems)));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double cpuSeconds(long startNanos) {
        return (processCpuNanos() - startNanos) / 1e9;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A count of at least 1, with _ or , as thousands separators. */
    static final class PositiveCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int parsed;
            try {
                parsed = Integer.parseInt(value.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number, was " + value);
            }
            if (parsed < 1) {
                throw new TypeConversionException("must be at least 1, was " + value);
            }
            return parsed;
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
