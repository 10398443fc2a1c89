package io.claimgateway.adjudicate.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Rule 3: the as-of date is at most the configured number of days (365) after the DOS. */
final class TimelyFilingRule implements LineRule {

    private final int days;
    private final LocalDate asOf;

    TimelyFilingRule(int days, LocalDate asOf) {
        this.days = days;
        this.asOf = asOf;
    }

    @Override
    public String id() {
        return "timely-filing";
    }

    @Override
    public boolean passes(LineContext line) {
        return ChronoUnit.DAYS.between(line.requiredDateOfService(), asOf) <= days;
    }
}
