package io.claimgateway.adjudicate;

import io.claimgateway.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The decision on one service line.
 *
 * @param line the line as billed
 * @param dateOfService the DOS the rules used (line DTP*472, or the 837I statement start)
 * @param rule id of the rule that decided the line (the denying rule, or the pricing rule when paid)
 * @param paid amount paid (scale 2)
 * @param allowed allowed amount (AMT*B6)
 * @param adjustments CAS adjustments; charge minus their sum equals paid
 * @param remarks RARC remark codes (LQ*HE)
 */
public record LineDecision(
        ServiceLine line,
        Optional<LocalDate> dateOfService,
        String rule,
        BigDecimal paid,
        BigDecimal allowed,
        List<Adjustment> adjustments,
        List<String> remarks) {

    public LineDecision {
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
    }

    public boolean isPaid() {
        return paid.signum() > 0;
    }
}
