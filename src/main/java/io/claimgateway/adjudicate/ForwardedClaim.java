package io.claimgateway.adjudicate;

import io.claimgateway.model.ClaimSubmission;

/** A claim with no program code: not in the 835, handed on to the core claims system. */
public record ForwardedClaim(ClaimSubmission submission) implements ClaimDecision {
}
