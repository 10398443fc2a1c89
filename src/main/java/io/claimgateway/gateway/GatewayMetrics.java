package io.claimgateway.gateway;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.ClaimDecision;
import io.claimgateway.adjudicate.LineDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's Micrometer meters, each tagged by partner (the ISA06 sender, {@code unknown} when
 * none could be read) and by its outcome (README, "Operations"). Tags carry partner ids, outcomes
 * and adjustment codes only, never anything about a member.
 */
public final class GatewayMetrics {

    private final MeterRegistry registry;

    GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void fileReceived(String partner) {
        registry.counter("gateway.files.received", "partner", partner).increment();
    }

    /** outcome: processed, rejected or duplicate (failed: {@link #fileFailed}). */
    void fileDone(String partner, String outcome, Duration took) {
        registry.counter("gateway.files", "partner", partner, "outcome", outcome).increment();
        Timer.builder("gateway.file.processing").tag("partner", partner).tag("outcome", outcome).register(registry)
                .record(took);
    }

    /** A file that failed unexpectedly, after its retries; its sender is not known. */
    public void fileFailed() {
        registry.counter("gateway.files", "partner", "unknown", "outcome", "failed").increment();
    }

    /** Adds a file's claim counts once the file is done, so a set parsed again is not counted twice. */
    void claims(String partner, ClaimCounts counts) {
        counts.dispositions.forEach((disposition, n) ->
                registry.counter("gateway.claims", "partner", partner, "disposition", disposition).increment(n));
        counts.lines.forEach((key, n) -> registry.counter("gateway.lines", "partner", partner, "outcome", key[0],
                "carc", key[1]).increment(n));
        if (counts.paid.signum() > 0) {
            Counter.builder("gateway.paid.amount").baseUnit("USD").tag("partner", partner).register(registry)
                    .increment(counts.paid.doubleValue());
        }
    }

    /** One file's claim meters, counted as its claims are decided. */
    static final class ClaimCounts {
        private final Map<String, Integer> dispositions = new TreeMap<>();
        private final Map<String[], Integer> lines = new TreeMap<>(Arrays::compare);
        private BigDecimal paid = BigDecimal.ZERO;

        void decided(ClaimDecision decision) {
            boolean adjudicated = decision instanceof AdjudicatedClaim;
            dispositions.merge(adjudicated ? "adjudicated" : "forwarded", 1, Integer::sum);
            if (decision instanceof AdjudicatedClaim claim) {
                for (LineDecision line : claim.lines()) {
                    String carc = line.adjustments().isEmpty() ? "none"
                            : line.adjustments().get(0).group() + "-" + line.adjustments().get(0).reason();
                    lines.merge(new String[] {line.isPaid() ? "paid" : "denied", carc}, 1, Integer::sum);
                }
                paid = paid.add(claim.paid());
            }
        }

        void rejected() {
            dispositions.merge("rejected", 1, Integer::sum);
        }
    }
}
