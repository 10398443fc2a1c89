package io.claimgateway.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A JVM started with {@code -D}{@value #PROPERTY}{@code =FILE} writes, as it exits, its CPU time,
 * peak resident memory and peak heap to FILE: how {@code bench} measures a fresh JVM it starts
 * (a parent cannot read a child's usage once the child has gone).
 *
 * @param cpuNanos      CPU time of the whole process, all threads
 * @param peakResident  bytes, -1 when unknown (not Linux)
 * @param peakHeap      bytes, the sum of the heap pools' peaks
 */
public record UsageReport(long cpuNanos, long peakResident, long peakHeap) {

    public static final String PROPERTY = "claimgateway.usage-report";

    /** Registers the report at exit when this JVM was asked for one; does nothing otherwise. */
    public static void installIfRequested() {
        String file = System.getProperty(PROPERTY, "").trim();
        if (!file.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "usage-report"));
        }
    }

    public static void write(Path file) {
        Properties values = new Properties();
        values.setProperty("cpu-nanos", Long.toString(ProcessUsage.cpuNanos()));
        values.setProperty("peak-resident-bytes", Long.toString(ProcessUsage.peakResidentBytes().orElse(-1)));
        values.setProperty("peak-heap-bytes", Long.toString(ProcessUsage.peakHeapBytes()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, null);
        } catch (IOException e) {
            // Too late to tell anyone but the parent, which finds no report.
            throw new UncheckedIOException(e);
        }
    }

    /** The report a JVM wrote to the file. */
    public static UsageReport read(Path file) throws IOException {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        }
        return new UsageReport(Long.parseLong(values.getProperty("cpu-nanos")),
                Long.parseLong(values.getProperty("peak-resident-bytes")),
                Long.parseLong(values.getProperty("peak-heap-bytes")));
    }
}
