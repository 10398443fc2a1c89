package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.PaidHistory;

/** Rule 9: no line with the same patient key, code and DOS was paid on the same claim form. */
final class ExactDuplicateRule implements LineRule {

    private final PaidHistory history;

    ExactDuplicateRule(PaidHistory history) {
        this.history = history;
    }

    @Override
    public String id() {
        return "exact-duplicate";
    }

    @Override
    public boolean passes(LineContext line) {
        return !history.existsPaid(line.patientKey(), line.procedureCode(), line.requiredDateOfService(), line.form());
    }
}
