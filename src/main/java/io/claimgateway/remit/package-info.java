/**
 * The 835 (005010X221A1) the gateway returns for each input file: {@link io.claimgateway.remit.RemittanceWriter}
 * writes it from the adjudicated claims, with the payer's identity from {@code payer.properties}
 * ({@link io.claimgateway.remit.PayerIdentity}, {@link io.claimgateway.remit.ClaimFilingIndicators}) and the
 * envelope numbers from the caller ({@link io.claimgateway.remit.RemittanceEnvelope}).
 *
 * <p>For a rejected file, {@link io.claimgateway.remit.AcknowledgmentWriter} writes the TA1 or 999
 * (005010X231A1) its {@link io.claimgateway.parse.RejectionReason} lands in, echoing the values of the
 * rejected envelope ({@link io.claimgateway.parse.RejectedEnvelope}).
 *
 * <p>For every received file, {@link io.claimgateway.remit.ImplementationAcknowledgmentWriter} writes the 999
 * of all its functional groups, accepted or not, from the envelope model ({@code io.claimgateway.envelope});
 * {@link io.claimgateway.remit.InterchangeAcknowledgmentWriter} writes a TA1, accepted or rejected.
 *
 * <p>For each accepted inbound 837 transaction set, {@link io.claimgateway.remit.ClaimAcknowledgmentWriter} writes the
 * 277CA (005010X214) reporting every claim as accepted into adjudication or rejected
 * ({@link io.claimgateway.remit.ClaimStatus}).
 *
 * <p>Delimiters, for all of them: {@code *} element, {@code :} component, {@code ^} repetition, {@code ~} segment terminator
 * followed by a line feed. Amounts: plain decimals without trailing zeros (300, 350.5, 0; see X12Amounts).
 */
package io.claimgateway.remit;
