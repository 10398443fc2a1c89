package io.claimgateway.adjudicate;

import io.claimgateway.model.ClaimForm;
import java.time.LocalDate;
import java.util.List;

/** Every program line the gateway has paid: what the duplicate and frequency rules look at. */
public interface PaidHistory {

    /** Is there a paid line with this patient key, code and DOS billed on this form? */
    boolean existsPaid(PatientKey patientKey, String procedureCode, LocalDate dateOfService, ClaimForm form);

    /** The dates of service of every paid line of this code for this patient key (any form). */
    List<LocalDate> paidDates(PatientKey patientKey, String procedureCode);

    /** How many lines of this code were paid under this authorization. */
    int countPaid(String authorizationNumber, String procedureCode);

    void record(PaidLine line);
}
