package io.claimgateway.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Instances adding up, measured: N real {@code run} processes (each pinned to a core of its own
 * with {@code taskset} when there is one), sharing one inbox and one PostgreSQL store (a fresh
 * schema per measure), are handed one batch of files at once; the time from the drop to the last
 * input archived is the measure. Files of disjoint patients show what per-patient locks allow.
 */
public final class InstancesRun {

    /** One measure: how many instances took how long for the batch. */
    public record Result(int instances, int files, Duration elapsed) {
        public double filesPerSecond() {
            return files / (elapsed.toNanos() / 1e9);
        }
    }

    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final Duration BATCH_LIMIT = Duration.ofMinutes(10);

    private final Path jar;
    private final String jdbcUrl;
    private final String user;
    private final Path work;

    /**
     * @param jar     the gateway jar to start ({@code java -jar JAR run})
     * @param jdbcUrl a PostgreSQL database the instances share (a schema is created per measure)
     */
    public InstancesRun(Path jar, String jdbcUrl, String user, Path work) {
        this.jar = jar;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.work = work;
    }

    public Result measure(int instances, List<Path> files, Path authorizations, Path providers)
            throws IOException, InterruptedException, SQLException {
        String schema = "bench_instances_" + instances + "_" + ProcessHandle.current().pid();
        // A folder of its own per measure: the archive of an earlier one must not count.
        Path root = Files.createTempDirectory(Files.createDirectories(work), "instances-" + instances + "-");
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        List<Process> processes = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                int port = freePort();
                ports.add(port);
                Path config = Files.writeString(root.resolve("instance-" + i + ".properties"), String.join("\n",
                        "gateway.folders.root=" + root.resolve("work"),
                        "gateway.db.url=" + jdbcUrl, "gateway.db.user=" + user, "gateway.db.password=",
                        "gateway.db.schema=" + schema,
                        "gateway.reference.authorizations=" + authorizations.toAbsolutePath(),
                        "gateway.reference.providers=" + providers.toAbsolutePath(),
                        "gateway.folders.poll-delay-ms=200", "gateway.folders.read-lock-min-age-ms=200",
                        "camel.management.port=" + port, ""));
                processes.add(start(i, config, root.resolve("instance-" + i + ".log")));
            }
            for (int port : ports) {
                awaitHealthy(port);
            }
            Path staging = Files.createDirectories(root.resolve("staging"));
            for (Path file : files) {
                Files.copy(file, staging.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Path inbox = Files.createDirectories(root.resolve("work/inbox"));
            Path archive = root.resolve("work/archive");
            long started = System.nanoTime();
            for (Path file : files) {
                Files.move(staging.resolve(file.getFileName()), inbox.resolve(file.getFileName()),
                        StandardCopyOption.ATOMIC_MOVE);
            }
            awaitArchived(archive, files.size());
            return new Result(instances, files.size(), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            for (Process process : processes) {
                process.destroy();
            }
            for (Process process : processes) {
                process.waitFor();
            }
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** {@code taskset -c i} pins the instance to core i when the machine has one for it. */
    private Process start(int index, Path config, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        boolean pin = index < Runtime.getRuntime().availableProcessors() && Files.isExecutable(Path.of("/usr/bin/taskset"));
        if (pin) {
            command.addAll(List.of("/usr/bin/taskset", "-c", String.valueOf(index)));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toString(), "run", "--config", config.toString()));
        return new ProcessBuilder(command).directory(config.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(int port) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("An instance did not become healthy on port " + port);
    }

    private static void awaitArchived(Path archive, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + BATCH_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(archive)) {
                try (Stream<Path> archived = Files.list(archive)) {
                    if (archived.count() >= count) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The batch was not archived within " + BATCH_LIMIT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
