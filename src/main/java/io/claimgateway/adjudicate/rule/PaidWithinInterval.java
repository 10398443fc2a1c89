package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.PaidHistory;
import io.claimgateway.adjudicate.PatientKey;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Shared look-up of rules 12 and 13: a paid line of a code less than the interval away, either side. */
final class PaidWithinInterval {

    private PaidWithinInterval() {
    }

    static boolean exists(PaidHistory history, PatientKey patientKey, String code, LocalDate dateOfService, int intervalDays) {
        return history.paidDates(patientKey, code).stream()
                .anyMatch(paid -> Math.abs(ChronoUnit.DAYS.between(paid, dateOfService)) < intervalDays);
    }
}
