package io.claimgateway.validate;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a claim is rejected before adjudication, as the 277CA reports it (STC01).
 *
 * @param check    the check's id, e.g. {@code claim-balance}, for the claims JSON and logs
 * @param category STC01-1 claim status category (A3 returned as unprocessable, A7 invalid information)
 * @param status   STC01-2 claim status code
 * @param entity   STC01-3 entity identifier, when the status is about one
 * @param message  for the operator; names elements, never member data
 */
public record ClaimCheckFailure(String check, String category, String status, Optional<String> entity,
        String message) {

    public ClaimCheckFailure {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(message, "message");
    }
}
