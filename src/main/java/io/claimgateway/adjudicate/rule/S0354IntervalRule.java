package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.PaidHistory;

/**
 * Rule 13: an established-patient code (S0354) is not paid within the interval (30 days, either
 * side) of another paid S0354 for the same patient key.
 */
final class S0354IntervalRule implements LineRule {

    private final PaidHistory history;
    private final String establishedCode;
    private final int intervalDays;

    S0354IntervalRule(PaidHistory history, String establishedCode, int intervalDays) {
        this.history = history;
        this.establishedCode = establishedCode;
        this.intervalDays = intervalDays;
    }

    @Override
    public String id() {
        return "s0354-interval";
    }

    @Override
    public boolean passes(LineContext line) {
        return !line.procedureCode().equals(establishedCode)
                || !PaidWithinInterval.exists(history, line.patientKey(), establishedCode, line.requiredDateOfService(), intervalDays);
    }
}
