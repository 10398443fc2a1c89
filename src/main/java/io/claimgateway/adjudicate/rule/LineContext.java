package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.Authorization;
import io.claimgateway.adjudicate.PatientKey;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.ServiceLine;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One program line with what the rules need to judge it, resolved once by the adjudicator.
 *
 * @param dateOfService empty when the line has no determinable DOS (rule 1 denies it)
 * @param authorizationNumber the line's REF*G1, else the claim's
 * @param authorization the registry entry for that number, when there is one
 */
public record LineContext(
        ClaimSubmission submission,
        ServiceLine line,
        Optional<LocalDate> dateOfService,
        PatientKey patientKey,
        Optional<String> authorizationNumber,
        Optional<Authorization> authorization) {

    ClaimForm form() {
        return submission.form();
    }

    String procedureCode() {
        return line.procedureCode();
    }

    /** The DOS; rules after {@code code-valid-on-dos} may rely on it. */
    public LocalDate requiredDateOfService() {
        return dateOfService.orElseThrow(() -> new IllegalStateException("line has no date of service"));
    }
}
