package io.claimgateway.remit;

import java.util.Optional;

/**
 * What the 277CA (005010X214) says about one claim: taken into adjudication, or rejected before it.
 * Written as the 2200D STC and, for an accepted claim, its REF*1K.
 */
public sealed interface ClaimStatus {

    /**
     * The claim entered adjudication (STC A2:20, action WQ).
     *
     * @param payerClaimControlNumber REF*1K: the number the 835 will carry in CLP07
     */
    record Accepted(String payerClaimControlNumber) implements ClaimStatus {
        public Accepted {
            if (payerClaimControlNumber == null || payerClaimControlNumber.isBlank()) {
                throw new IllegalArgumentException("an accepted claim needs its payer claim control number");
            }
        }
    }

    /**
     * The claim was returned before adjudication (action U).
     *
     * @param categoryCode STC01-1, code source 507: A3 (returned as unprocessable), A6 (missing
     *     information), A7 (invalid information) or A8 (relational field in error)
     * @param statusCode STC01-2, code source 508, e.g. 400 "Claim is out of balance"
     * @param entityCode STC01-3, the entity the status is about (e.g. 85 billing provider, QC patient),
     *     required by some status codes
     */
    record Rejected(String categoryCode, String statusCode, Optional<String> entityCode) implements ClaimStatus {

        public Rejected {
            if (categoryCode == null || !categoryCode.matches("A[34678]")) {
                // A0/A1/A2 acknowledge receipt or acceptance; A5 is "split claim", not a rejection.
                throw new IllegalArgumentException("a rejection category must be A3, A4, A6, A7 or A8: "
                        + categoryCode);
            }
            if (statusCode == null || !statusCode.matches("[0-9A-Z]{1,30}")) {
                throw new IllegalArgumentException("a rejection needs a claim status code: " + statusCode);
            }
            entityCode = entityCode.filter(code -> !code.isBlank());
        }
    }
}
