package io.claimgateway.remit;

import io.claimgateway.parse.RejectedEnvelope;
import io.claimgateway.parse.Rejection;
import io.claimgateway.parse.RejectionReason;
import io.claimgateway.parse.RejectionReason.AckSegment;
import io.claimgateway.remit.SegmentWriter.Composite;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The X12 acknowledgment of a rejected 837 file, chosen by where the reason lands
 * ({@link RejectionReason#ackSegment()}): a TA1 in its own interchange for interchange problems,
 * otherwise a 999 (005010X231A1) whose AK1 names the rejected group and, for a transaction set or
 * segment problem, whose AK2 names the rejected set with its IK3/IK4 and IK5.
 *
 * <p>The gateway rejects a file as a whole at its first problem, so the 999 reports that one problem
 * and accepts no transaction set (AK904 = 0, AK901 = R). The values echoed from the rejected file come
 * from its {@link RejectedEnvelope}; when what the acknowledgment must name is unknown (no readable
 * ISA, no GS06 or GS08 for a 999), there is nobody or nothing to answer and no acknowledgment is made.
 */
public final class AcknowledgmentWriter {

    static final String VERSION_999 = "005010X231A1";
    private static final long MAX_CONTROL_NUMBER = 999_999_999L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    /** IK502 when the problem is in a segment (IK3): "One or More Segments in Error". */
    private static final String SEGMENTS_IN_ERROR = "5";

    private final PayerIdentity payer;
    private final InterchangeAcknowledgmentWriter interchangeAcknowledgments;

    public AcknowledgmentWriter(PayerIdentity payer) {
        this.payer = Objects.requireNonNull(payer, "payer");
        this.interchangeAcknowledgments = new InterchangeAcknowledgmentWriter(payer);
    }

    /**
     * @param rejection     why the file was refused
     * @param rejected      the rejected file's envelope values, see {@link RejectedEnvelope#read}
     * @param controlNumber ISA13/IEA02 and, for a 999, GS06/GE02: from the gateway's persistent sequence
     * @param produced      ISA09/ISA10 and GS04/GS05; given so that output is reproducible
     * @return empty when the rejected file's envelope does not say whom to answer or what
     */
    public Optional<Acknowledgment> write(Rejection rejection, RejectedEnvelope rejected, long controlNumber,
            LocalDateTime produced) {
        Objects.requireNonNull(rejection, "rejection");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(produced, "produced");
        if (controlNumber < 1 || controlNumber > MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException("control number out of range 1..999999999: " + controlNumber);
        }
        if (!rejected.interchangeKnown() || !EchoedValues.writable(rejected.senderId().get())) {
            return Optional.empty();
        }
        if (rejection.reason().ackSegment() == AckSegment.TA1) {
            return interchangeAcknowledgment(rejection.reason(), rejected, controlNumber, produced);
        }
        return implementationAcknowledgment(rejection, rejected, controlNumber, produced);
    }

    private Optional<Acknowledgment> interchangeAcknowledgment(RejectionReason reason, RejectedEnvelope rejected,
            long controlNumber, LocalDateTime produced) {
        if (rejected.interchangeDate().isEmpty() || rejected.interchangeTime().isEmpty()) {
            return Optional.empty();
        }
        String x12 = interchangeAcknowledgments.write(rejected.senderQualifier().get(), rejected.senderId().get(),
                controlNumber, produced, rejected.interchangeControlNumber().get(), rejected.interchangeDate().get(),
                rejected.interchangeTime().get(), false, reason.ackCode());
        return Optional.of(new Acknowledgment(Acknowledgment.Kind.TA1, x12));
    }

    private Optional<Acknowledgment> implementationAcknowledgment(Rejection rejection, RejectedEnvelope rejected,
            long controlNumber, LocalDateTime produced) {
        Optional<String> groupControlNumber = rejected.groupControlNumber();
        Optional<String> groupVersion = rejected.groupVersion().filter(EchoedValues::writable);
        if (groupControlNumber.isEmpty() || groupVersion.isEmpty()) {
            return Optional.empty();
        }
        RejectionReason reason = rejection.reason();
        String receiverApplication = rejected.applicationSenderCode().filter(EchoedValues::writable)
                .orElse(rejected.senderId().get());

        StringWriter out = new StringWriter(512);
        SegmentWriter segments = new SegmentWriter(out);
        segments.writeInterchangeHeader(payer, rejected.senderQualifier().get(), rejected.senderId().get(),
                produced, controlNumber);
        segments.write("GS", "FA", payer.applicationSenderCode(), receiverApplication, produced.format(DATE),
                produced.format(TIME), Long.toString(controlNumber), "X", VERSION_999);
        String st02 = "0001";
        long start = segments.count();
        segments.write("ST", "999", st02, VERSION_999);
        // AK101 echoes the group's GS01; HC only when it could not be read, since we receive claims.
        segments.write("AK1", rejected.functionalIdentifier().orElse("HC"), groupControlNumber.get(),
                groupVersion.get());
        if (reason.ackSegment() != AckSegment.AK9) {
            writeTransactionResponse(segments, rejection, rejected);
        }
        int received = rejected.receivedTransactionCount();
        segments.write("AK9", "R",
                Integer.toString(rejected.declaredTransactionCount().orElse(received)),
                Integer.toString(received),
                "0",
                reason.ackSegment() == AckSegment.AK9 ? reason.ackCode() : null);
        segments.write("SE", Long.toString(segments.count() - start + 1), st02);
        segments.write("GE", "1", Long.toString(controlNumber));
        segments.write("IEA", "1", SegmentWriter.interchangeControlNumber(controlNumber));
        return Optional.of(new Acknowledgment(Acknowledgment.Kind.IMPLEMENTATION_999, out.toString()));
    }

    /**
     * AK2 with its IK3/IK4 and IK5, when the rejected set's ST01 and ST02 are known; without them the
     * AK9 alone says the group was rejected.
     */
    private static void writeTransactionResponse(SegmentWriter segments, Rejection rejection,
            RejectedEnvelope rejected) {
        Optional<String> setId = rejected.transactionSetId();
        Optional<String> st02 = rejected.transactionControlNumber().filter(EchoedValues::writable);
        if (setId.isEmpty() || st02.isEmpty()) {
            return;
        }
        RejectionReason reason = rejection.reason();
        segments.write("AK2", setId.get(), st02.get(),
                rejected.implementationReference().filter(EchoedValues::writable).orElse(null));
        if (reason.ackSegment() == AckSegment.IK3) {
            Optional<String> tag = rejection.segmentTag().filter(t -> t.matches("[A-Z0-9]{2,3}"));
            if (tag.isPresent() && rejection.segmentPosition().isPresent()) {
                // IK303 (loop) is left empty: a rejection does not know the loop, and a segment the
                // schema cannot place has none.
                segments.write("IK3", tag.get(), Integer.toString(rejection.segmentPosition().getAsInt()), null,
                        reason.ackCode());
                Optional<String> element = elementPosition(reason);
                if (element.isPresent() && reason.elementAckCode().isPresent()) {
                    segments.write("IK4", new Composite(List.of(element.get())), null,
                            reason.elementAckCode().get());
                }
            }
        }
        segments.write("IK5", "R", reason.ackSegment() == AckSegment.IK5 ? reason.ackCode() : SEGMENTS_IN_ERROR);
    }

    /** IK401: the element a segment-level reason is about, when the catalogue's reason names one. */
    private static Optional<String> elementPosition(RejectionReason reason) {
        return switch (reason) {
            // Both are about SE01 (or ST01 when ST is too long to read): the first element.
            case TRANSACTION_ELEMENT_MISSING, TRANSACTION_ELEMENT_NOT_NUMERIC -> Optional.of("1");
            default -> Optional.empty();
        };
    }
}
