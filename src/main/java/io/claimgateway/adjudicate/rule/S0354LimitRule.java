package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.PaidHistory;

/** Rule 14: fewer than the limit (11) established-patient codes were already paid under the authorization. */
final class S0354LimitRule implements LineRule {

    private final PaidHistory history;
    private final String establishedCode;
    private final int maxPerAuthorization;

    S0354LimitRule(PaidHistory history, String establishedCode, int maxPerAuthorization) {
        this.history = history;
        this.establishedCode = establishedCode;
        this.maxPerAuthorization = maxPerAuthorization;
    }

    @Override
    public String id() {
        return "s0354-limit";
    }

    @Override
    public boolean passes(LineContext line) {
        return !line.procedureCode().equals(establishedCode)
                || line.authorizationNumber()
                        .map(number -> history.countPaid(number, establishedCode) < maxPerAuthorization)
                        .orElse(false);
    }
}
