package io.claimgateway.validate;

import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The claim-level checks a payer runs before adjudication (SNIP 3-4 in part). A claim that fails
 * one is rejected alone in the 277CA and never adjudicated; the rest of its set goes on.
 */
public final class ClaimChecks {

    /** A3 "returned as unprocessable", 400 "claim is out of balance". */
    static final ClaimCheckFailure OUT_OF_BALANCE = new ClaimCheckFailure("claim-balance", "A3", "400",
            Optional.empty(), "CLM02 does not equal the sum of the service line charges");
    /** A7 "rejected for invalid information", 187 "date(s) of service". */
    static final ClaimCheckFailure LINE_OUTSIDE_STATEMENT = new ClaimCheckFailure("line-within-statement", "A7", "187",
            Optional.empty(), "a service line date lies outside the statement period (DTP*434)");

    /** A7 "rejected for invalid information", 187 "date(s) of service": none on any line, no statement period. */
    static final ClaimCheckFailure NO_DATE_OF_SERVICE = new ClaimCheckFailure("date-of-service", "A7", "187",
            Optional.empty(), "no service line has a date of service (DTP*472) and there is no statement period");

    public Optional<ClaimCheckFailure> check(ClaimSubmission submission) {
        Claim claim = submission.claim();
        if (claim.statementFrom().isEmpty() && claim.lines().stream().allMatch(l -> l.serviceDate().isEmpty())) {
            return Optional.of(NO_DATE_OF_SERVICE);
        }
        BigDecimal lines = claim.lines().stream().map(ServiceLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (claim.totalCharge().compareTo(lines) != 0) {
            return Optional.of(OUT_OF_BALANCE);
        }
        if (claim.statementFrom().isPresent() && claim.statementTo().isPresent()) {
            for (ServiceLine line : claim.lines()) {
                if (outside(line.serviceDate(), claim) || outside(line.serviceDateEnd(), claim)) {
                    return Optional.of(LINE_OUTSIDE_STATEMENT);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean outside(Optional<LocalDate> date, Claim claim) {
        return date.isPresent() && (date.get().isBefore(claim.statementFrom().get())
                || date.get().isAfter(claim.statementTo().get()));
    }
}
