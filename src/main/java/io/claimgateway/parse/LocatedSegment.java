package io.claimgateway.parse;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The segment found at a byte offset. {@link #text()} is raw claim data and may hold PHI: the
 * caller decides where it may go. {@link #toString()} leaves it out so a stray log line cannot leak it.
 *
 * @param positionInTransaction 1-based, ST = 1; empty for ISA/GS/GE/IEA
 * @param text                  the segment without its terminator, at most {@link #TEXT_LIMIT} characters
 */
record LocatedSegment(
        String tag,
        long byteOffset,
        OptionalInt positionInTransaction,
        Optional<String> interchangeControlNumber,
        Optional<String> groupControlNumber,
        Optional<String> transactionControlNumber,
        String text) {

    static final int TEXT_LIMIT = 80;

    @Override
    public String toString() {
        return "LocatedSegment[tag=" + tag + ", byteOffset=" + byteOffset
                + ", positionInTransaction=" + positionInTransaction
                + ", transactionControlNumber=" + transactionControlNumber.orElse("-") + "]";
    }
}
