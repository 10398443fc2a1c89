package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.PaidHistory;
import io.claimgateway.model.ClaimForm;

/** Rule 10: no line with the same patient key, code and DOS was paid on the other claim form. */
final class CrossFormDuplicateRule implements LineRule {

    private final PaidHistory history;

    CrossFormDuplicateRule(PaidHistory history) {
        this.history = history;
    }

    @Override
    public String id() {
        return "cross-form-duplicate";
    }

    @Override
    public boolean passes(LineContext line) {
        ClaimForm other = line.form() == ClaimForm.PROFESSIONAL ? ClaimForm.INSTITUTIONAL : ClaimForm.PROFESSIONAL;
        return !history.existsPaid(line.patientKey(), line.procedureCode(), line.requiredDateOfService(), other);
    }
}
