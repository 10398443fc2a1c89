package io.claimgateway.bench;

import io.claimgateway.cli.ProcessUsage;
import io.claimgateway.cli.UsageReport;

import io.claimgateway.bench.Synthetic837Generator.SyntheticFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * First-file latency: each run starts a fresh JVM that replays two small generated files, as a
 * tester would. <b>Cold</b> is the time from starting the JVM to replay's line for the first file
 * (JVM start, store, parsers and the file), with the CPU the process had used by then; <b>warm</b>
 * is the time from that line to the second file's line (the same JVM, everything loaded). Peak
 * resident memory and heap are the child's own, reported as it exits ({@link UsageReport}).
 * Both ways of starting are measured: the plain {@code java -jar} and {@code bin/claim-gateway}
 * (its JVM settings and class-data-sharing archive) when it lies beside the jar's folder.
 */
public final class FirstFileLatency {

    /** A small file, like the samples. */
    static final int CLAIMS = 10;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final double MB = 1024.0 * 1024.0;

    /** One way of starting the gateway: a name and the command before replay's arguments. */
    record Launch(String name, List<String> command, boolean viaJavaOpts) {
    }

    /** The report's section, and whether any run went wrong. */
    public record Report(String markdown, boolean failed) {
    }

    /** One fresh JVM's figures; {@code problem} is empty when the run went as expected. */
    record Measured(double coldSeconds, double coldCpuSeconds, double warmSeconds, double cpuSeconds,
            long peakResident, long peakHeap, String problem) {
    }

    private FirstFileLatency() {
    }

    /**
     * Generates the two files under {@code work}, measures each launch {@code runs} times and
     * returns the Markdown section of the report.
     */
    public static Report measure(Path work, LocalDate asOf, long seed, int runs) throws IOException,
            InterruptedException {
        Path directory = work.resolve("first-file");
        SyntheticFile first;
        SyntheticFile second;
        Path authorizations;
        Path providers;
        try (Synthetic837Generator generator = new Synthetic837Generator(directory, asOf, seed)) {
            first = generator.write(directory.resolve("first.837p.x12"), CLAIMS, "F");
            second = generator.write(directory.resolve("second.837p.x12"), CLAIMS, "S");
            authorizations = generator.authorizations();
            providers = generator.providers();
        }
        List<String> replay = List.of("replay", "--authorizations", authorizations.toString(), "--providers",
                providers.toString(), "--as-of", asOf.toString());
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%n### First file: a fresh JVM replays a %d-claim 837P, then a second"
                + " one (median of %d run%s, min-max)%n%n", CLAIMS, runs, runs == 1 ? "" : "s"));
        text.append("| start | first file (cold) s | cpu by then s | second file (warm) s | process cpu s "
                + "| peak RSS MB | peak heap MB | cold runs s |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        Optional<Path> jar = ownJar();
        if (jar.isEmpty()) {
            return new Report(text.append("\nNot measured: claim-gateway.jar is not on the bench's class path (run it with bin/claim-gateway bench).\n")
                    .toString(), false);
        }
        boolean failed = false;
        for (Launch launch : launches(jar.get())) {
            System.err.printf("bench: first file via %s%n", launch.name());
            List<Measured> measured = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Path out = directory.resolve("out-" + launch.name().replaceAll("[^A-Za-z0-9]", "") + "-" + run);
                List<String> arguments = new ArrayList<>(replay);
                arguments.addAll(List.of("--out", out.toString(), first.path().toString(), second.path().toString()));
                measured.add(run(launch, arguments, out.resolveSibling(out.getFileName() + ".usage")));
            }
            row(text, launch, measured);
            failed |= measured.stream().anyMatch(m -> !m.problem().isEmpty());
        }
        text.append("""

                - cold: from starting the process to replay's PROCESSED line for the first file (JVM start, \
                store and migrations, reference data, parser reload, the file); cpu by then: the process's CPU \
                time at that line (all threads, JIT and GC included).
                - warm: from that line to the second file's line, in the same JVM.
                - process cpu, peak RSS (VmHWM), peak heap (sum of the heap pools' peaks): the whole child \
                process, written by it as it exits.
                """);
        return new Report(text.toString(), failed);
    }

    /** Plain {@code java -jar}, and the launcher script when the jar sits in its {@code target/}. */
    static List<Launch> launches(Path jar) {
        List<Launch> launches = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        launches.add(new Launch("java -jar", List.of(java, "-jar", jar.toString()), false));
        Path script = jar.toAbsolutePath().getParent().resolveSibling("bin").resolve("claim-gateway");
        if (Files.isExecutable(script)) {
            launches.add(new Launch("bin/claim-gateway", List.of(script.toString()), true));
        }
        return launches;
    }

    static Measured run(Launch launch, List<String> arguments, Path usageFile) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(launch.command());
        String usage = "-D" + UsageReport.PROPERTY + "=" + usageFile.toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder();
        if (launch.viaJavaOpts()) {
            String existing = System.getenv().getOrDefault("JAVA_OPTS", "");
            builder.environment().put("JAVA_OPTS", (existing + " " + usage).trim());
        } else {
            command.add(1, usage);
        }
        command.addAll(arguments);
        builder.command(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        List<Long> lineTimes = new ArrayList<>();
        double coldCpu = Double.NaN;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("PROCESSED") || line.startsWith("REJECTED") || line.startsWith("FAILED")) {
                    lineTimes.add(System.nanoTime());
                    if (lineTimes.size() == 1) {
                        coldCpu = process.toHandle().info().totalCpuDuration()
                                .map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
                    }
                    if (!line.startsWith("PROCESSED")) {
                        process.destroy();
                        return failed("replay said " + line.split("\\s+")[0]);
                    }
                }
            }
        }
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return failed("no exit within " + TIMEOUT.toSeconds() + " s");
        }
        if (process.exitValue() != 0 || lineTimes.size() != 2) {
            return failed("exit " + process.exitValue() + " after " + lineTimes.size() + " file(s)");
        }
        if (!Files.isRegularFile(usageFile)) {
            return failed("no usage report");
        }
        UsageReport report = UsageReport.read(usageFile);
        return new Measured((lineTimes.get(0) - start) / 1e9, coldCpu, (lineTimes.get(1) - lineTimes.get(0)) / 1e9,
                report.cpuNanos() / 1e9, report.peakResident(), report.peakHeap(), "");
    }

    private static Measured failed(String problem) {
        return new Measured(Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, -1, problem);
    }

    private static void row(StringBuilder text, Launch launch, List<Measured> runs) {
        String problems = String.join("; ", runs.stream().map(Measured::problem).filter(p -> !p.isEmpty())
                .distinct().toList());
        text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", launch.name(),
                spread(runs, Measured::coldSeconds), spread(runs, Measured::coldCpuSeconds),
                spread(runs, Measured::warmSeconds), spread(runs, Measured::cpuSeconds),
                spread(runs, m -> m.peakResident() < 0 ? Double.NaN : m.peakResident() / MB, "%.0f"),
                spread(runs, m -> m.peakHeap() < 0 ? Double.NaN : m.peakHeap() / MB, "%.0f"),
                String.join(" ", runs.stream().map(m -> String.format(Locale.ROOT, "%.2f", m.coldSeconds())).toList())
                        + (problems.isEmpty() ? "" : " FAILED: " + problems)));
    }

    private static String spread(List<Measured> runs, ToDoubleFunction<Measured> value) {
        return spread(runs, value, "%.2f");
    }

    /** "median (min-max)" of the runs that have the value. */
    static String spread(List<Measured> runs, ToDoubleFunction<Measured> value, String format) {
        double[] sorted = runs.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return "n/a";
        }
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        String text = String.format(Locale.ROOT, format, median);
        return sorted.length == 1 ? text : text + " (" + String.format(Locale.ROOT, format, sorted[0]) + "-"
                + String.format(Locale.ROOT, format, sorted[sorted.length - 1]) + ")";
    }

    /** The gateway's jar on the bench's class path (bin/claim-gateway bench puts it there), if any. */
    static Optional<Path> ownJar() {
        try {
            Path location = Path.of(io.claimgateway.cli.GatewayCommand.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location)
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
