package io.claimgateway.remit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Running counts and charges of accepted and rejected claims, for the 277CA's receiver-level
 * (2200B) and provider-level (2200C) STC, QTY and AMT segments. Counters only: memory stays flat.
 */
final class AcknowledgmentTotals {

    private long accepted;
    private long rejected;
    private BigDecimal acceptedCharges = BigDecimal.ZERO.setScale(2);
    private BigDecimal rejectedCharges = BigDecimal.ZERO.setScale(2);

    void add(ClaimStatus status, BigDecimal charge) {
        if (status instanceof ClaimStatus.Accepted) {
            accepted++;
            acceptedCharges = acceptedCharges.add(charge);
        } else {
            rejected++;
            rejectedCharges = rejectedCharges.add(charge);
        }
    }

    long claims() {
        return accepted + rejected;
    }

    /**
     * Writes the level's STC (A1:19:PR, status code 19 requires an entity: the payer) and the
     * quantities and amounts the guide requires only when their claims exist.
     *
     * @param effectiveDate STC02, or null where the guide marks it Not Used (2200C)
     * @param acceptedQualifier QTY01 of accepted claims: 90 at 2200B, QA at 2200C
     * @param rejectedQualifier QTY01 of rejected claims: AA at 2200B, QC at 2200C
     */
    void write(SegmentWriter segments, String effectiveDate, String acceptedQualifier, String rejectedQualifier) {
        // WQ (accept) when any claim of the unit went on to adjudication, U when all were rejected.
        segments.write("STC", new SegmentWriter.Composite(List.of("A1", "19", "PR")), effectiveDate,
                accepted > 0 ? "WQ" : "U", X12Amounts.format(acceptedCharges.add(rejectedCharges)));
        if (accepted > 0) {
            segments.write("QTY", acceptedQualifier, Long.toString(accepted));
        }
        if (rejected > 0) {
            segments.write("QTY", rejectedQualifier, Long.toString(rejected));
        }
        if (accepted > 0) {
            segments.write("AMT", "YU", X12Amounts.format(acceptedCharges));
        }
        if (rejected > 0) {
            segments.write("AMT", "YY", X12Amounts.format(rejectedCharges));
        }
    }
}
