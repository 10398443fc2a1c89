package io.claimgateway.bench;

import io.claimgateway.cli.ProcessUsage;
import io.claimgateway.cli.UsageReport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap use over a stretch of code, from the JVM's own memory pools: {@link #reset} sets every
 * heap pool's peak back to its current use, {@link #bytes} sums the heap pools' peak used bytes.
 * The pools peak at different moments (eden just before a young GC, old gen later), so the sum is
 * an upper bound of the heap in use at any one time, and it includes garbage not yet collected.
 */
public final class HeapPeak {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();

    /**
     * Collects what can be collected first, so each run starts from the same live set; the
     * process's resident high-water mark is set back too ({@link ProcessUsage#resetPeakResident}).
     */
    public void reset() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ProcessUsage.resetPeakResident();
    }

    /** The process's peak resident memory since {@link #reset}, -1 when unknown (not Linux). */
    public long residentBytes() {
        return ProcessUsage.peakResidentBytes().orElse(-1);
    }

    public long bytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    public String poolNames() {
        return String.join(", ", heapPools.stream().map(MemoryPoolMXBean::getName).toList());
    }
}
