package io.claimgateway.adjudicate;

import java.time.LocalDate;

/**
 * A Carelon prior authorization (reference data, authorizations CSV).
 *
 * @param pathway true when the authorized regimen is a pathway regimen
 * @param validFrom first authorized date of service (inclusive)
 * @param validTo last authorized date of service (inclusive)
 */
public record Authorization(
        String authorizationNumber,
        String memberId,
        String providerNpi,
        String regimenId,
        boolean pathway,
        LocalDate validFrom,
        LocalDate validTo) {

    public boolean covers(LocalDate dateOfService) {
        return !dateOfService.isBefore(validFrom) && !dateOfService.isAfter(validTo);
    }

    @Override
    public String toString() {
        return "Authorization[" + authorizationNumber + "]";
    }
}
