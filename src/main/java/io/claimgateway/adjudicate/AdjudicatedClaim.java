package io.claimgateway.adjudicate;

import io.claimgateway.model.ClaimSubmission;
import java.math.BigDecimal;
import java.util.List;

/**
 * A claim adjudicated by the gateway and reported in the 835.
 *
 * @param payerClaimControlNumber CLP07: unique and stable for the claim
 * @param lines one decision per service line, in line order
 * @param claimAdjustments claim-level CAS (only when CLM02 differs from the sum of the lines)
 */
public record AdjudicatedClaim(
        ClaimSubmission submission,
        String payerClaimControlNumber,
        List<LineDecision> lines,
        List<Adjustment> claimAdjustments) implements ClaimDecision {

    public AdjudicatedClaim {
        lines = List.copyOf(lines);
        claimAdjustments = List.copyOf(claimAdjustments);
    }

    public BigDecimal paid() {
        return lines.stream().map(LineDecision::paid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
