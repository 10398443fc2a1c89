package io.claimgateway.remit;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The interchange acknowledgment: a TA1 alone in its own interchange (ISA, TA1, {@code IEA*0}), for an
 * accepted interchange (TA104 A, TA105 000) or a rejected one (TA104 R with its note code).
 */
public final class InterchangeAcknowledgmentWriter {

    /** TA105 of an accepted interchange: "No error". */
    static final String NO_ERROR = "000";

    private static final Pattern CONTROL_NUMBER = Pattern.compile("\\d{9}");
    private static final Pattern DATE = Pattern.compile("\\d{6}");
    private static final Pattern TIME = Pattern.compile("\\d{4}");
    private static final Pattern NOTE_CODE = Pattern.compile("\\d{3}");

    private final PayerIdentity payer;

    public InterchangeAcknowledgmentWriter(PayerIdentity payer) {
        this.payer = Objects.requireNonNull(payer, "payer");
    }

    /**
     * @param to                   whom to answer (ISA07/ISA08) and our ISA13/IEA02; ISA09/ISA10 from
     *                             {@link RemittanceEnvelope#produced()}. Its GS values are not used.
     * @param receivedControlNumber TA101: the received ISA13, nine digits
     * @param receivedDate          TA102: the received ISA09, yyMMdd
     * @param receivedTime          TA103: the received ISA10, HHmm
     * @param accepted              TA104 A, else R
     * @param noteCode              TA105: {@code 000} when accepted, otherwise the reason's note code
     * @return the whole interchange, one segment per line
     * @throws IllegalArgumentException when a received value or the note code is not what TA1 allows
     */
    public String write(RemittanceEnvelope to, String receivedControlNumber, String receivedDate,
            String receivedTime, boolean accepted, String noteCode) {
        Objects.requireNonNull(to, "to");
        return write(to.receiverQualifier(), to.receiverId(), to.interchangeControlNumber(), to.produced(),
                receivedControlNumber, receivedDate, receivedTime, accepted, noteCode);
    }

    /**
     * As {@link #write(RemittanceEnvelope, String, String, String, boolean, String)}, for a caller that
     * knows only the interchange: a TA1 has no functional group, so it needs no GS03.
     */
    String write(String receiverQualifier, String receiverId, long controlNumber, LocalDateTime produced,
            String receivedControlNumber, String receivedDate, String receivedTime, boolean accepted,
            String noteCode) {
        Objects.requireNonNull(produced, "produced");
        String ta101 = matching(receivedControlNumber, CONTROL_NUMBER, "TA101 (received ISA13)");
        String ta102 = matching(receivedDate, DATE, "TA102 (received ISA09, yyMMdd)");
        String ta103 = matching(receivedTime, TIME, "TA103 (received ISA10, HHmm)");
        String ta105 = matching(noteCode, NOTE_CODE, "TA105 note code");
        // An accepted interchange has no error to note; a rejected one must say which.
        if (accepted != ta105.equals(NO_ERROR)) {
            throw new IllegalArgumentException(accepted
                    ? "an accepted interchange has TA105 000, not " + ta105
                    : "a rejected interchange needs a TA105 note code other than 000");
        }
        StringWriter out = new StringWriter(256);
        SegmentWriter segments = new SegmentWriter(out);
        segments.writeInterchangeHeader(payer, receiverQualifier, receiverId, produced, controlNumber);
        segments.write("TA1", ta101, ta102, ta103, accepted ? "A" : "R", ta105);
        segments.write("IEA", "0", SegmentWriter.interchangeControlNumber(controlNumber));
        return out.toString();
    }

    private static String matching(String value, Pattern pattern, String element) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(element + " must match " + pattern + ", got '" + value + "'");
        }
        return value;
    }
}
