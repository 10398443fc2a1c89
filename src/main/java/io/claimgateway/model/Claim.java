package io.claimgateway.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loop 2300: one claim with its service lines.
 *
 * @param claimId CLM01, the submitter's patient control number
 * @param totalCharge CLM02
 * @param facilityCode CLM05-1 (place of service on 837P, facility type on 837I)
 * @param frequencyCode CLM05-3
 * @param priorAuthorization REF*G1 of loop 2300
 * @param payerClaimControlNumber REF*F8 (the original claim of a replacement)
 * @param diagnosisCodes HI codes, qualifiers stripped, in order
 * @param statementFrom DTP*434 start (837I)
 * @param statementTo DTP*434 end (837I)
 * @param renderingProviderNpi 2310B NM109 (837P)
 * @param attendingProviderNpi 2310A NM109 (837I)
 */
public record Claim(
        String claimId,
        BigDecimal totalCharge,
        String facilityCode,
        String frequencyCode,
        Optional<String> priorAuthorization,
        Optional<String> payerClaimControlNumber,
        List<String> diagnosisCodes,
        Optional<LocalDate> statementFrom,
        Optional<LocalDate> statementTo,
        Optional<String> renderingProviderNpi,
        Optional<String> attendingProviderNpi,
        List<ServiceLine> lines) {

    public Claim {
        diagnosisCodes = List.copyOf(diagnosisCodes);
        lines = List.copyOf(lines);
    }
}
