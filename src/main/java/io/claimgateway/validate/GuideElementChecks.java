package io.claimgateway.validate;

import io.claimgateway.envelope.SegmentError;
import io.claimgateway.parse.Delimiters;
import io.claimgateway.parse.SegmentCheck;
import java.util.List;
import java.util.Optional;

/**
 * The envelope reader's element checks for a set's guide: the table-driven
 * {@link TransactionSetChecker}, one per transaction set, for the guides it knows.
 */
public final class GuideElementChecks {

    private GuideElementChecks() {
    }

    /** For {@code EnvelopeReader}: a fresh checker per set, or none for a guide without a table. */
    public static Optional<SegmentCheck> forVersion(String version) {
        if (!TransactionSetChecker.supports(version)) {
            return Optional.empty();
        }
        TransactionSetChecker checker = TransactionSetChecker.forGuide(version);
        return Optional.of(new SegmentCheck() {
            @Override
            public List<SegmentError> check(String[] elements, int position, Delimiters delimiters) {
                return checker.segment(elements[0], elements, position, delimiters.component(),
                        delimiters.repetition());
            }

            @Override
            public List<SegmentError> finish(int segmentCount) {
                return checker.finish(segmentCount);
            }
        });
    }
}
