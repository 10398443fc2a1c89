package io.claimgateway.adjudicate.rule;

import io.claimgateway.model.ClaimForm;

/** Rule 2: an 837I program line carries the required revenue code (0960; the old 0980 fails). */
final class RevenueCodeRule implements LineRule {

    private final String requiredRevenueCode;

    RevenueCodeRule(String requiredRevenueCode) {
        this.requiredRevenueCode = requiredRevenueCode;
    }

    @Override
    public String id() {
        return "revenue-code";
    }

    @Override
    public boolean passes(LineContext line) {
        return line.form() != ClaimForm.INSTITUTIONAL
                || line.line().revenueCode().map(String::trim).filter(requiredRevenueCode::equals).isPresent();
    }
}
