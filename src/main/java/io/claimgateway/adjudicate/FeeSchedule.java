package io.claimgateway.adjudicate;

import io.claimgateway.config.AdjustmentReason;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.model.ServiceLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Prices a line that passed every rule at the lesser of its charge and the flat fee (units do
 * not raise the fee), and builds the decision of a denied line.
 */
final class FeeSchedule {

    static final String RULE_ID = "fee-schedule";
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final ProgramConfig config;

    FeeSchedule(ProgramConfig config) {
        this.config = config;
    }

    LineDecision price(ServiceLine line, LocalDate dateOfService) {
        BigDecimal charge = money(line.charge());
        BigDecimal fee = config.fee(line.procedureCode())
                .orElseThrow(() -> new IllegalArgumentException("Not a program code: " + line.procedureCode()));
        BigDecimal paid = charge.min(fee).max(ZERO);
        BigDecimal excess = charge.subtract(paid);
        AdjustmentReason reason = config.feeScheduleExcess();
        List<Adjustment> adjustments = excess.signum() == 0
                ? List.of()
                : List.of(new Adjustment(reason.group(), reason.reason(), excess));
        List<String> remarks = excess.signum() == 0 ? List.of() : reason.remarks();
        return new LineDecision(line, Optional.of(dateOfService), RULE_ID, paid, paid, adjustments, remarks);
    }

    /** Paid 0: one adjustment for the whole charge (none when the charge is 0) and the rule's remarks. */
    static LineDecision deny(ServiceLine line, Optional<LocalDate> dateOfService, String ruleId, AdjustmentReason denial) {
        BigDecimal charge = money(line.charge());
        List<Adjustment> adjustments = charge.signum() == 0
                ? List.of()
                : List.of(new Adjustment(denial.group(), denial.reason(), charge));
        return new LineDecision(line, dateOfService, ruleId, ZERO, ZERO, adjustments, denial.remarks());
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
