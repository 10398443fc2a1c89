package io.claimgateway.parse;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Why a file was refused, where, and which envelopes were involved. The message names the segment
 * and what is wrong; it never quotes element values beyond control data, so it is safe to log.
 *
 * @param segmentPosition 1-based position within the transaction set (ST = 1), when inside one
 * @param byteOffset      offset of the offending segment's first byte (file length for end-of-file problems)
 */
public record Rejection(
        RejectionReason reason,
        String message,
        OptionalInt segmentPosition,
        Optional<String> segmentTag,
        OptionalLong byteOffset,
        Optional<String> interchangeControlNumber,
        Optional<String> groupControlNumber,
        Optional<String> transactionControlNumber) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(segmentPosition, "segmentPosition");
        Objects.requireNonNull(segmentTag, "segmentTag");
        Objects.requireNonNull(byteOffset, "byteOffset");
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(groupControlNumber, "groupControlNumber");
        Objects.requireNonNull(transactionControlNumber, "transactionControlNumber");
    }

    public static Rejection of(RejectionReason reason, String message) {
        return new Rejection(reason, message, OptionalInt.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The rejection for a DFDL parse failure, once {@link SegmentLocator} has found the segment at
     * the offset Daffodil reported.
     */
    static Rejection structure(LocatedSegment segment) {
        String where = segment.positionInTransaction().isPresent()
                ? " in transaction set " + segment.transactionControlNumber().orElse("")
                        + " (segment " + segment.positionInTransaction().getAsInt() + ", " + segment.tag() + ")"
                : " (" + segment.tag() + " at byte " + segment.byteOffset() + ")";
        Rejection rejection = of(RejectionReason.STRUCTURE,
                "The schema cannot place segment " + segment.tag() + where)
                .withTag(segment.tag())
                .withByteOffset(segment.byteOffset());
        if (segment.positionInTransaction().isPresent()) {
            rejection = rejection.withPosition(segment.positionInTransaction().getAsInt());
        }
        return rejection.withControlNumbers(segment.interchangeControlNumber(), segment.groupControlNumber(),
                segment.transactionControlNumber());
    }

    public Rejection withPosition(int position) {
        return new Rejection(reason, message, OptionalInt.of(position), segmentTag, byteOffset,
                interchangeControlNumber, groupControlNumber, transactionControlNumber);
    }

    public Rejection withTag(String tag) {
        return new Rejection(reason, message, segmentPosition, Optional.of(tag), byteOffset,
                interchangeControlNumber, groupControlNumber, transactionControlNumber);
    }

    public Rejection withByteOffset(long offset) {
        return new Rejection(reason, message, segmentPosition, segmentTag, OptionalLong.of(offset),
                interchangeControlNumber, groupControlNumber, transactionControlNumber);
    }

    public Rejection withControlNumbers(Optional<String> interchange, Optional<String> group,
            Optional<String> transaction) {
        return new Rejection(reason, message, segmentPosition, segmentTag, byteOffset,
                interchange, group, transaction);
    }

    /** Code, title and message in one line, e.g. for an operator's log. */
    public String summary() {
        return reason.code() + " " + reason.title() + ": " + message;
    }
}
