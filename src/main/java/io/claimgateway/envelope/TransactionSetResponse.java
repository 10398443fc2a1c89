package io.claimgateway.envelope;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the 999 says of one received transaction set: AK2, its IK3/IK4s and IK5.
 *
 * @param setId                   AK201: ST01 as received
 * @param controlNumber           AK202: ST02 as received
 * @param implementationReference AK203: ST03 as received, when present
 * @param segmentErrors           the IK3s (with their IK4s), in segment order
 * @param setErrorCodes           IK502..IK506: transaction set syntax error codes (at most 5)
 * @param accepted                false when the set is rejected (IK501 R)
 */
public record TransactionSetResponse(
        String setId,
        String controlNumber,
        Optional<String> implementationReference,
        List<SegmentError> segmentErrors,
        List<String> setErrorCodes,
        boolean accepted) {

    /** IK502..IK506 hold at most five codes. */
    static final int MAX_SET_ERROR_CODES = 5;

    public TransactionSetResponse {
        Objects.requireNonNull(setId, "setId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(implementationReference, "implementationReference");
        segmentErrors = List.copyOf(segmentErrors);
        setErrorCodes = List.copyOf(setErrorCodes.subList(0, Math.min(setErrorCodes.size(), MAX_SET_ERROR_CODES)));
    }

    /** IK501: A accepted, E accepted with errors noted, R rejected. */
    public String status() {
        if (!accepted) {
            return "R";
        }
        return segmentErrors.isEmpty() && setErrorCodes.isEmpty() ? "A" : "E";
    }

    /**
     * IK502 and on: the set's own codes, or "5" (one or more segments in error) when only its
     * segments are at fault and it is not accepted as it is.
     */
    public List<String> errorCodes() {
        if (!setErrorCodes.isEmpty() || segmentErrors.isEmpty()) {
            return setErrorCodes;
        }
        return List.of("5");
    }
}
