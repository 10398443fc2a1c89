package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.PaidHistory;

/**
 * Rule 12: an established-patient code (S0354) is not paid within the interval (30 days, either
 * side) of a paid initial-treatment code (S0353) for the same patient key.
 */
final class S0354AfterS0353Rule implements LineRule {

    private final PaidHistory history;
    private final String initialCode;
    private final String establishedCode;
    private final int intervalDays;

    S0354AfterS0353Rule(PaidHistory history, String initialCode, String establishedCode, int intervalDays) {
        this.history = history;
        this.initialCode = initialCode;
        this.establishedCode = establishedCode;
        this.intervalDays = intervalDays;
    }

    @Override
    public String id() {
        return "s0354-after-s0353";
    }

    @Override
    public boolean passes(LineContext line) {
        return !line.procedureCode().equals(establishedCode)
                || !PaidWithinInterval.exists(history, line.patientKey(), initialCode, line.requiredDateOfService(), intervalDays);
    }
}
