package io.claimgateway.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What this process has used: CPU time (all threads, JIT and GC included), peak resident memory
 * and peak heap. Resident memory comes from Linux's {@code /proc/self/status} (VmHWM, the
 * high-water mark of the resident set); elsewhere it is unknown.
 */
public final class ProcessUsage {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ProcessUsage() {
    }

    public static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The most memory the process has held resident since it started or since {@link #resetPeakResident}. */
    public static OptionalLong peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    // "VmHWM:   123456 kB"
                    return OptionalLong.of(Long.parseLong(line.substring(6).replace("kB", "").trim()) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Sets the resident high-water mark back to the current resident set (Linux 4.0+: writing 5 to
     * {@code /proc/self/clear_refs}), so the next {@link #peakResidentBytes} covers what follows.
     *
     * @return whether it could
     */
    public static boolean resetPeakResident() {
        try {
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * The sum of the heap pools' peak use since the JVM started (or their last reset): an upper
     * bound of the heap in use at any one moment, garbage included (see {@link HeapPeak}).
     */
    public static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(usage -> usage.getUsed()).sum();
    }
}
