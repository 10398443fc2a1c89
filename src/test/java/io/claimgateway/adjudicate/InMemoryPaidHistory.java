package io.claimgateway.adjudicate;

import io.claimgateway.model.ClaimForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Paid history held in memory: for tests and dry runs that must not touch the store. */
public final class InMemoryPaidHistory implements PaidHistory {

    private final List<PaidLine> lines = new ArrayList<>();

    @Override
    public synchronized boolean existsPaid(PatientKey patientKey, String procedureCode, LocalDate dateOfService, ClaimForm form) {
        return lines.stream().anyMatch(l -> l.patientKey().equals(patientKey)
                && l.procedureCode().equals(procedureCode)
                && l.dateOfService().equals(dateOfService)
                && l.form() == form);
    }

    @Override
    public synchronized List<LocalDate> paidDates(PatientKey patientKey, String procedureCode) {
        return lines.stream()
                .filter(l -> l.patientKey().equals(patientKey) && l.procedureCode().equals(procedureCode))
                .map(PaidLine::dateOfService)
                .sorted()
                .toList();
    }

    @Override
    public synchronized int countPaid(String authorizationNumber, String procedureCode) {
        return (int) lines.stream()
                .filter(l -> l.authorizationNumber().equals(authorizationNumber) && l.procedureCode().equals(procedureCode))
                .count();
    }

    @Override
    public synchronized void record(PaidLine line) {
        lines.add(line);
    }

    public synchronized List<PaidLine> lines() {
        return List.copyOf(lines);
    }
}
