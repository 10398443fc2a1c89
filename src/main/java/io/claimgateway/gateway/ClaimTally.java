package io.claimgateway.gateway;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.ClaimDecision;
import java.math.BigDecimal;

/** The counts and paid total of one attempt at a file, for its outcome and claims JSON. */
final class ClaimTally {

    private int claims;
    private int adjudicated;
    private int forwarded;
    private int rejected;
    private BigDecimal paid = BigDecimal.ZERO.setScale(2);

    void decided(ClaimDecision decision) {
        claims++;
        if (decision instanceof AdjudicatedClaim claim) {
            adjudicated++;
            paid = paid.add(claim.paid());
        } else {
            forwarded++;
        }
    }

    void rejectedAlone() {
        claims++;
        rejected++;
    }

    int claims() {
        return claims;
    }

    int adjudicated() {
        return adjudicated;
    }

    int forwarded() {
        return forwarded;
    }

    int rejected() {
        return rejected;
    }

    BigDecimal paid() {
        return paid;
    }
}
