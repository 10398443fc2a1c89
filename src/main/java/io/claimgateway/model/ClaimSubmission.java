package io.claimgateway.model;

import java.util.Optional;

/**
 * One claim as it arrived, with everything above it in the 837 hierarchy that the
 * adjudication and the 835 need. The parser hands these on one at a time.
 *
 * @param sequence 1-based position of the claim in its file
 */
public record ClaimSubmission(
        int sequence,
        Envelope envelope,
        ClaimForm form,
        BillingProvider billingProvider,
        Subscriber subscriber,
        Optional<Patient> patient,
        Payer payer,
        Claim claim) {
}
