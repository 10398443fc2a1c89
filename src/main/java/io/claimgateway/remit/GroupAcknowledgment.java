package io.claimgateway.remit;

import io.claimgateway.envelope.ElementError;
import io.claimgateway.envelope.GroupResponse;
import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.TransactionSetResponse;
import io.claimgateway.remit.SegmentWriter.Composite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One transaction set 999 (ST..SE): the answer to one received functional group, AK1, an AK2 loop per
 * received transaction set with its IK3/IK4s and IK5, then AK9. Element lengths are the X12 dictionary's
 * (as pyx12's {@code dataele.xml} has them); see {@link EchoedValues} for what is echoed and what throws.
 */
final class GroupAcknowledgment {

    /**
     * IK4s written per IK3. The guide's 2110 loop repeat is ">1" (pyx12's 999 map agrees), but IK401-1 is
     * at most 99 (N0 1..2) and 99 is the 997's AK4 limit that receivers still size for; the first 99
     * element errors of a segment, in element order, are enough to correct it. The IK3 keeps its code,
     * so the segment is still reported in error.
     */
    static final int MAX_ELEMENT_ERRORS_PER_SEGMENT = 99;

    private GroupAcknowledgment() {
    }

    /** Writes ST..SE; {@code st02} is this 999's own transaction set control number. */
    static void write(SegmentWriter segments, GroupResponse group, String st02) {
        long start = segments.count();
        segments.write("ST", "999", st02, AcknowledgmentWriter.VERSION_999);
        segments.write("AK1",
                EchoedValues.required(group.functionalId(), 2, 2, "AK101"),
                EchoedValues.requiredNumber(group.controlNumber(), 9, "AK102"),
                EchoedValues.required(group.version(), 1, 12, "AK103"));
        // Loop 2000 (AK2) and loop 2100 (IK3) repeat ">1" in the guide: every set and segment error is written.
        for (TransactionSetResponse set : group.sets()) {
            writeSet(segments, set);
        }
        List<Object> ak9 = new ArrayList<>(List.of(
                group.status(),
                EchoedValues.requiredNumber(Integer.toString(group.declaredSetCount()), 6, "AK902"),
                EchoedValues.requiredNumber(Integer.toString(group.receivedSetCount()), 6, "AK903"),
                Integer.toString(group.acceptedSetCount())));
        ak9.addAll(group.groupErrorCodes());
        segments.write("AK9", ak9.toArray());
        segments.write("SE", Long.toString(segments.count() - start + 1), st02);
    }

    private static void writeSet(SegmentWriter segments, TransactionSetResponse set) {
        segments.write("AK2",
                EchoedValues.required(set.setId(), 3, 3, "AK201"),
                EchoedValues.required(set.controlNumber(), 4, 9, "AK202"),
                EchoedValues.optional(set.implementationReference(), 1, 35).orElse(null));
        for (SegmentError segment : set.segmentErrors()) {
            writeSegment(segments, segment);
        }
        List<Object> ik5 = new ArrayList<>(List.of(set.status()));
        ik5.addAll(set.errorCodes());
        segments.write("IK5", ik5.toArray());
    }

    private static void writeSegment(SegmentWriter segments, SegmentError segment) {
        segments.write("IK3",
                EchoedValues.required(segment.segmentId(), 2, 3, "IK301"),
                EchoedValues.requiredNumber(Integer.toString(segment.position()), 6, "IK302"),
                // IK303 is AN 1-4: the standard's loop number (2010 for the guide's 2010BA).
                EchoedValues.optional(segment.loopId().map(id -> id.length() > 4 ? id.substring(0, 4) : id), 1, 4)
                        .orElse(null),
                segment.code().code());
        segment.elements().stream().limit(MAX_ELEMENT_ERRORS_PER_SEGMENT)
                .forEach(element -> writeElement(segments, element));
    }

    private static void writeElement(SegmentWriter segments, ElementError element) {
        String position = EchoedValues.requiredNumber(Integer.toString(element.position()), 2, "IK401-1");
        String component = element.component().isPresent()
                ? EchoedValues.requiredNumber(Integer.toString(element.component().getAsInt()), 2, "IK401-2")
                : null;
        String repetition = element.repetition().isPresent()
                ? EchoedValues.requiredNumber(Integer.toString(element.repetition().getAsInt()), 4, "IK401-3")
                : null;
        segments.write("IK4",
                new Composite(Arrays.asList(position, component, repetition)),
                EchoedValues.optionalNumber(element.referenceNumber(), 4).orElse(null),
                element.code().code(),
                EchoedValues.optional(element.badValue(), 1, ElementError.MAX_COPIED_LENGTH).orElse(null));
    }
}
