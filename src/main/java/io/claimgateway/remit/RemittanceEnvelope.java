package io.claimgateway.remit;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the 835's envelope and header need beyond the payer's identity.
 *
 * @param receiverQualifier ISA07: the 837's ISA05 (the clearinghouse that sent the claims)
 * @param receiverId ISA08: the 837's ISA06
 * @param receiverApplicationCode GS03: the 837's GS02
 * @param interchangeControlNumber ISA13/IEA02, from the gateway's persistent sequence
 * @param groupControlNumber GS06/GE02, from the gateway's persistent sequence
 * @param produced ISA09/ISA10, GS04/GS05 and DTM*405; fixed in replay so output is byte-identical
 * @param asOf the adjudication (received) date: DTM*050 and BPR16
 */
public record RemittanceEnvelope(
        String receiverQualifier,
        String receiverId,
        String receiverApplicationCode,
        long interchangeControlNumber,
        long groupControlNumber,
        LocalDateTime produced,
        LocalDate asOf) {

    private static final long MAX_CONTROL_NUMBER = 999_999_999L;

    public RemittanceEnvelope {
        if (receiverQualifier == null || receiverQualifier.length() != 2) {
            throw new IllegalArgumentException("ISA07 receiver qualifier must have 2 characters: " + receiverQualifier);
        }
        if (receiverId == null || receiverId.isBlank() || receiverId.length() > 15) {
            throw new IllegalArgumentException("ISA08 receiver id must have 1-15 characters: " + receiverId);
        }
        if (receiverApplicationCode == null || receiverApplicationCode.length() < 2
                || receiverApplicationCode.length() > 15) {
            throw new IllegalArgumentException("GS03 receiver code must have 2-15 characters: " + receiverApplicationCode);
        }
        if (interchangeControlNumber < 1 || interchangeControlNumber > MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException("ISA13 out of range 1..999999999: " + interchangeControlNumber);
        }
        if (groupControlNumber < 1 || groupControlNumber > MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException("GS06 out of range 1..999999999: " + groupControlNumber);
        }
        if (produced == null || asOf == null) {
            throw new IllegalArgumentException("production date-time and as-of date are required");
        }
    }
}
