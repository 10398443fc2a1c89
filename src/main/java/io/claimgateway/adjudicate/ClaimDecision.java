package io.claimgateway.adjudicate;

import io.claimgateway.model.ClaimSubmission;

/** What the gateway did with one claim: adjudicated it into the 835, or forwarded it. */
public sealed interface ClaimDecision permits AdjudicatedClaim, ForwardedClaim {

    ClaimSubmission submission();
}
