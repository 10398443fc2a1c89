package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.PaidHistory;

/** Rule 11: the initial-treatment code (S0353) is paid at most once per patient key, ever. */
final class S0353OnceRule implements LineRule {

    private final PaidHistory history;
    private final String initialCode;

    S0353OnceRule(PaidHistory history, String initialCode) {
        this.history = history;
        this.initialCode = initialCode;
    }

    @Override
    public String id() {
        return "s0353-once";
    }

    @Override
    public boolean passes(LineContext line) {
        return !line.procedureCode().equals(initialCode)
                || history.paidDates(line.patientKey(), initialCode).isEmpty();
    }
}
