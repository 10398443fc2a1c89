package io.claimgateway.remit;

import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ServiceLine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The claim's service dates as the 277CA's DTP*472 reports them: the statement period of an 837I
 * when it has one, else the earliest to the latest line date of service.
 */
record ServicePeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    ServicePeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("service period ends " + to + " before it starts " + from);
        }
    }

    static Optional<ServicePeriod> of(ClaimForm form, Claim claim) {
        if (form == ClaimForm.INSTITUTIONAL && claim.statementFrom().isPresent()) {
            LocalDate from = claim.statementFrom().get();
            return Optional.of(new ServicePeriod(from, claim.statementTo().orElse(from)));
        }
        Optional<LocalDate> first = claim.lines().stream().flatMap(line -> line.serviceDate().stream())
                .min(LocalDate::compareTo);
        Optional<LocalDate> last = claim.lines().stream().flatMap(line -> lastDay(line).stream())
                .max(LocalDate::compareTo);
        return first.map(from -> new ServicePeriod(from, last.orElse(from)));
    }

    private static Optional<LocalDate> lastDay(ServiceLine line) {
        return line.serviceDateEnd().or(line::serviceDate);
    }

    /** DTP02: D8 for one day, RD8 for a range. */
    String qualifier() {
        return from.equals(to) ? "D8" : "RD8";
    }

    /** DTP03: CCYYMMDD or CCYYMMDD-CCYYMMDD. */
    String value() {
        return from.equals(to) ? from.format(DATE) : from.format(DATE) + "-" + to.format(DATE);
    }
}
