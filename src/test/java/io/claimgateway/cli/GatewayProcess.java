package io.claimgateway.cli;

import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real {@code run} in a JVM of its own, on the test JVM's class path, started in the project
 * directory with a test configuration (or anywhere, {@link #startIn}); its log goes to a file.
 */
final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private GatewayProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** @param haltAt the lifecycle step to halt at, or null to run on */
    static GatewayProcess start(Path config, Path log, String haltAt) throws IOException {
        List<String> options = new ArrayList<>();
        if (haltAt != null) {
            options.add("-Dgateway.test.halt-at=" + haltAt);
        }
        return startIn(Path.of("").toAbsolutePath(), log, options, List.of("run", "--config", config.toString()));
    }

    /** The command line {@code args}, with JVM {@code options}, in a working directory of its own. */
    static GatewayProcess startIn(Path directory, Path log, List<String> options, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        String cache = System.getProperty("claimgateway.dfdl.cache");
        if (cache != null) {
            command.add("-Dclaimgateway.dfdl.cache=" + cache);
        }
        command.addAll(options);
        command.add(GatewayCommand.class.getName());
        command.addAll(args);
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new GatewayProcess(process, log);
    }

    /** Waits for the process to end by itself; its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        assertTrue(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS), "the gateway process ends in time");
        return process.exitValue();
    }

    /** Waits until the condition holds, failing after the timeout or when the process dies. */
    void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(process.isAlive(), "the gateway process died waiting for: " + what + "\n" + log());
            assertTrue(Instant.now().isBefore(end), "timed out waiting for: " + what + "\n" + log());
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops it as an operator would (SIGTERM: Camel shuts down gracefully). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The names in a folder, sorted; none when it does not exist. */
    static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The single number a counting query gives. */
    static int count(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
