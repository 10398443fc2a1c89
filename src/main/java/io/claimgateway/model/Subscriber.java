package io.claimgateway.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Loops 2000B/2010BA: the insured member.
 *
 * @param memberId NM109 of 2010BA
 * @param claimFilingIndicator SBR09
 */
public record Subscriber(
        String memberId,
        String lastName,
        Optional<String> firstName,
        Optional<LocalDate> birthDate,
        Optional<String> claimFilingIndicator) {
}
