package io.claimgateway.envelope;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One bad segment, as the 999's IK3 reports it, with its element errors (IK4).
 *
 * @param segmentId IK301: the segment's tag as received (2-3 characters)
 * @param position  IK302: the segment's position in the transaction set, ST = 1
 * @param loopId    IK303: the loop the segment belongs to (e.g. 2300), when known
 * @param code      IK304
 * @param elements  the IK4s, in element order
 * @param message   a sentence for the operator's report; never quotes member data
 */
public record SegmentError(
        String segmentId,
        int position,
        Optional<String> loopId,
        SegmentErrorCode code,
        List<ElementError> elements,
        String message) {

    public SegmentError {
        Objects.requireNonNull(segmentId, "segmentId");
        if (position < 1) {
            throw new IllegalArgumentException("segment position must be 1 or more: " + position);
        }
        Objects.requireNonNull(loopId, "loopId");
        Objects.requireNonNull(code, "code");
        elements = List.copyOf(elements);
        Objects.requireNonNull(message, "message");
    }
}
