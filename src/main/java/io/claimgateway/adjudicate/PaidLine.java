package io.claimgateway.adjudicate;

import io.claimgateway.model.ClaimForm;
import java.time.LocalDate;

/** A program line the gateway paid, as the frequency rules remember it. */
public record PaidLine(
        PatientKey patientKey,
        String procedureCode,
        LocalDate dateOfService,
        String authorizationNumber,
        String claimId,
        ClaimForm form) {

    @Override
    public String toString() {
        return "PaidLine[" + procedureCode + " " + dateOfService + " form " + form.code() + "]";
    }
}
