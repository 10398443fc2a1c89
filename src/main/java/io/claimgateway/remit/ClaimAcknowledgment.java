package io.claimgateway.remit;

import io.claimgateway.model.ClaimSubmission;

/** One claim of an accepted 837 transaction set and what the 277CA reports about it. */
public record ClaimAcknowledgment(ClaimSubmission submission, ClaimStatus status) {

    public ClaimAcknowledgment {
        if (submission == null || status == null) {
            throw new IllegalArgumentException("a claim acknowledgment needs the claim and its status");
        }
    }
}
