package io.claimgateway.bench;

import io.claimgateway.cli.ProcessUsage;
import io.claimgateway.cli.UsageReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.bench.FirstFileLatency.Measured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What a measured JVM reports about itself, and how the bench prints a spread. */
class UsageReportTest {

    @Test
    void aReportReadsBackAsWritten(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("usage");
        Files.writeString(file, "cpu-nanos=1500000000\npeak-resident-bytes=209715200\npeak-heap-bytes=104857600\n");

        assertEquals(new UsageReport(1_500_000_000L, 209_715_200L, 104_857_600L), UsageReport.read(file));
    }

    @Test
    void thisJvmWritesItsOwnFigures(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("usage");

        UsageReport.write(file);

        UsageReport report = UsageReport.read(file);
        assertTrue(report.cpuNanos() > 0, "cpu " + report.cpuNanos());
        assertTrue(report.peakHeap() > 0, "heap " + report.peakHeap());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theResidentPeakIsKnownAndCanBeSetBackOnLinux() {
        assertTrue(ProcessUsage.peakResidentBytes().orElseThrow() > 0);

        assertTrue(ProcessUsage.resetPeakResident(), "/proc/self/clear_refs refused");

        assertTrue(ProcessUsage.peakResidentBytes().orElseThrow() > 0);
    }

    @Test
    void aSpreadIsTheMedianWithTheSmallestAndLargest() {
        List<Measured> runs = List.of(cold(3.0), cold(1.0), cold(Double.NaN), cold(2.5));

        assertEquals("2.50 (1.00-3.00)", FirstFileLatency.spread(runs, Measured::coldSeconds, "%.2f"));
        assertEquals("4", FirstFileLatency.spread(List.of(cold(4.2)), Measured::coldSeconds, "%.0f"));
        assertEquals("n/a", FirstFileLatency.spread(List.of(cold(Double.NaN)), Measured::coldSeconds, "%.2f"));
    }

    private static Measured cold(double seconds) {
        return new Measured(seconds, 0, 0, 0, 0, 0, "");
    }
}
