package io.claimgateway.gateway;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.ClaimDecision;
import io.claimgateway.adjudicate.LineDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The gateway's Micrometer meters. Tags carry partner ids, outcomes and adjustment codes only,
 * never anything about a member.
 */
public final class GatewayMetrics {

    private final MeterRegistry registry;

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void fileReceived(String partner) {
        registry.counter("gateway.files.received", "partner", partner).increment();
    }

    /** outcome: processed, rejected or duplicate. */
    void fileDone(String partner, String outcome, Duration took) {
        registry.counter("gateway.files", "partner", partner, "outcome", outcome).increment();
        Timer.builder("gateway.file.processing").tag("outcome", outcome).register(registry).record(took);
    }

    void claim(String partner, ClaimDecision decision) {
        boolean adjudicated = decision instanceof AdjudicatedClaim;
        registry.counter("gateway.claims", "partner", partner,
                "disposition", adjudicated ? "adjudicated" : "forwarded").increment();
        if (decision instanceof AdjudicatedClaim claim) {
            for (LineDecision line : claim.lines()) {
                String carc = line.adjustments().isEmpty() ? "none"
                        : line.adjustments().get(0).group() + "-" + line.adjustments().get(0).reason();
                registry.counter("gateway.lines", "outcome", line.isPaid() ? "paid" : "denied", "carc", carc)
                        .increment();
            }
            Counter.builder("gateway.paid.amount").baseUnit("USD").tag("partner", partner).register(registry)
                    .increment(claim.paid().doubleValue());
        }
    }
}
