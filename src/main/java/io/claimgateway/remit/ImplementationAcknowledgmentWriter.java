package io.claimgateway.remit;

import io.claimgateway.envelope.GroupResponse;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The implementation acknowledgment (999, 005010X231A1) of every functional group received, accepted or
 * not: one interchange with one {@code GS*FA} group holding one {@code ST*999} per received group
 * ({@link GroupAcknowledgment}), ST02 numbered 0001, 0002, ... in the order given.
 */
public final class ImplementationAcknowledgmentWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    /** GE01 is N0 1..6. */
    private static final int MAX_TRANSACTION_SETS = 999_999;

    private final PayerIdentity payer;

    public ImplementationAcknowledgmentWriter(PayerIdentity payer) {
        this.payer = Objects.requireNonNull(payer, "payer");
    }

    /**
     * @param to     whom to answer (ISA07/ISA08, GS03) and our control numbers (ISA13, GS06); dates from
     *               {@link RemittanceEnvelope#produced()}
     * @param groups the received functional groups, in the order received; at least one
     * @return the whole interchange, ISA to IEA, one segment per line
     * @throws IllegalArgumentException when there is no group, or a required echoed value (AK101..AK103,
     *                                  AK201, AK202, IK301, IK302, IK401) cannot be written in our X12
     */
    public String write(RemittanceEnvelope to, List<GroupResponse> groups) {
        Objects.requireNonNull(to, "to");
        if (groups.isEmpty()) {
            // A GS with no ST is not X12: with nothing received there is nothing to acknowledge.
            throw new IllegalArgumentException("a 999 needs at least one received functional group");
        }
        if (groups.size() > MAX_TRANSACTION_SETS) {
            throw new IllegalArgumentException("too many groups for one 999: " + groups.size());
        }
        StringWriter out = new StringWriter(512 * groups.size());
        SegmentWriter segments = new SegmentWriter(out);
        segments.writeInterchangeHeader(payer, to.receiverQualifier(), to.receiverId(), to.produced(),
                to.interchangeControlNumber());
        String gs06 = Long.toString(to.groupControlNumber());
        segments.write("GS", "FA", payer.applicationSenderCode(), to.receiverApplicationCode(),
                to.produced().format(DATE), to.produced().format(TIME), gs06, "X", AcknowledgmentWriter.VERSION_999);
        // ST02 is AN 4..9: 0001, 0002, ..., past 9999 simply more digits.
        for (int i = 0; i < groups.size(); i++) {
            GroupAcknowledgment.write(segments, groups.get(i), String.format("%04d", i + 1));
        }
        segments.write("GE", Integer.toString(groups.size()), gs06);
        segments.write("IEA", "1", SegmentWriter.interchangeControlNumber(to.interchangeControlNumber()));
        return out.toString();
    }
}
