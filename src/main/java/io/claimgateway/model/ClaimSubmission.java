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

    /** The same claim numbered on after the claims of the file's earlier transaction sets. */
    public ClaimSubmission numberedAfter(int claimsBefore) {
        return new ClaimSubmission(claimsBefore + sequence, envelope, form, billingProvider, subscriber, patient,
                payer, claim);
    }
}
