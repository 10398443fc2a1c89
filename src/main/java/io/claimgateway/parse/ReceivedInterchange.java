package io.claimgateway.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One interchange as received, read with its own delimiters.
 *
 * @param delimiters           from its ISA
 * @param header               the 106-character ISA as received, terminator included
 * @param senderQualifier      ISA05
 * @param senderId             ISA06, trimmed
 * @param receiverQualifier    ISA07
 * @param receiverId           ISA08, trimmed
 * @param date                 ISA09 (YYMMDD)
 * @param time                 ISA10 (HHMM)
 * @param controlNumber        ISA13
 * @param acknowledgmentRequested ISA14 = 1: the sender asks for a TA1
 * @param groups               its functional groups, in order
 * @param firstProblem         an interchange-level problem (TA1): none of its groups is processed
 */
public record ReceivedInterchange(
        Delimiters delimiters,
        String header,
        String senderQualifier,
        String senderId,
        String receiverQualifier,
        String receiverId,
        String date,
        String time,
        String controlNumber,
        boolean acknowledgmentRequested,
        List<ReceivedGroup> groups,
        Optional<Rejection> firstProblem) {

    public ReceivedInterchange {
        Objects.requireNonNull(delimiters, "delimiters");
        Objects.requireNonNull(header, "header");
        groups = List.copyOf(groups);
        Objects.requireNonNull(firstProblem, "firstProblem");
    }

    public boolean accepted() {
        return firstProblem.isEmpty();
    }

    ReceivedInterchange withGroups(List<ReceivedGroup> replaced) {
        return new ReceivedInterchange(delimiters, header, senderQualifier, senderId, receiverQualifier, receiverId,
                date, time, controlNumber, acknowledgmentRequested, replaced, firstProblem);
    }
}
