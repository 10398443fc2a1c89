package io.claimgateway.adjudicate;

import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ServiceLine;
import java.time.LocalDate;
import java.util.Optional;

/** The date of service of a line: its DTP*472, else on an 837I the claim's statement start (DTP*434). */
final class DateOfService {

    private DateOfService() {
    }

    static Optional<LocalDate> of(ClaimForm form, Claim claim, ServiceLine line) {
        if (line.serviceDate().isPresent()) {
            return line.serviceDate();
        }
        return form == ClaimForm.INSTITUTIONAL ? claim.statementFrom() : Optional.empty();
    }
}
