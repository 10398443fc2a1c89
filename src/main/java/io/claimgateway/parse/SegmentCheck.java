package io.claimgateway.parse;

import io.claimgateway.envelope.SegmentError;
import java.util.List;

/**
 * The element checks of one transaction set's guide, called for each segment between ST and SE
 * in the envelope pass. One instance per set: it may follow the set's loops.
 */
public interface SegmentCheck {

    /**
     * @param elements index 0 the tag, then each element as received (composites unsplit)
     * @param position the segment's position in the set, ST = 1
     * @return the segment's errors; empty when it passes
     */
    List<SegmentError> check(String[] elements, int position, Delimiters delimiters);

    /** Problems found once the whole set has been read (missing segments, counts); empty by default. */
    default List<SegmentError> finish(int segmentCount) {
        return List.of();
    }
}
