package io.claimgateway.parse;

import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.TransactionSetResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One transaction set as received: where its bytes are, and every problem found in it. A set with
 * no problem is parsed and adjudicated; a set with any is rejected alone (IK5 R).
 *
 * @param setId                   ST01
 * @param controlNumber           ST02
 * @param implementationReference ST03, when present
 * @param version                 ST03, or GS08 when ST03 is absent
 * @param start                   offset of the ST's first byte in the file
 * @param end                     offset just after the SE's terminator
 * @param segmentCount            segments from ST to SE, as counted
 * @param segmentErrors           IK3/IK4: segments and elements in error
 * @param setErrorCodes           IK502..: errors of the set as a whole
 * @param firstProblem            the first problem found, for the operator's report
 */
public record ReceivedSet(
        String setId,
        String controlNumber,
        Optional<String> implementationReference,
        String version,
        long start,
        long end,
        int segmentCount,
        List<SegmentError> segmentErrors,
        List<String> setErrorCodes,
        Optional<Rejection> firstProblem) {

    public ReceivedSet {
        Objects.requireNonNull(setId, "setId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(implementationReference, "implementationReference");
        Objects.requireNonNull(version, "version");
        segmentErrors = List.copyOf(segmentErrors);
        setErrorCodes = List.copyOf(setErrorCodes);
        Objects.requireNonNull(firstProblem, "firstProblem");
    }

    public boolean accepted() {
        return firstProblem.isEmpty();
    }

    /** The same set, rejected for a problem found after the envelope pass (in the Smooks parse). */
    ReceivedSet rejectedBy(Rejection problem, Optional<SegmentError> segmentError, List<String> codes) {
        List<SegmentError> errors = segmentError.map(List::of).orElse(List.of());
        return new ReceivedSet(setId, controlNumber, implementationReference, version, start, end, segmentCount,
                errors, codes, Optional.of(problem));
    }

    /** The AK2 loop of the 999. */
    TransactionSetResponse response() {
        return new TransactionSetResponse(setId, controlNumber, implementationReference, segmentErrors,
                setErrorCodes, accepted());
    }
}
