package io.claimgateway.gateway;

import io.claimgateway.envelope.ElementError;
import io.claimgateway.envelope.GroupResponse;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.ReceivedGroup;
import io.claimgateway.parse.ReceivedInterchange;
import io.claimgateway.remit.ImplementationAcknowledgmentWriter;
import io.claimgateway.remit.InterchangeAcknowledgmentWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The acknowledgments of one received file, from its envelope model: a 999 answering every
 * functional group of every readable interchange (one 999 interchange per received interchange,
 * all in {@code <name>.999}), and a TA1 for every interchange rejected at the envelope, or whose
 * ISA14 asks for one ({@code <name>.ta1}). What cannot be addressed (no usable sender) is not
 * answered.
 */
final class FileAcknowledgments {

    private static final Pattern QUALIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern SENDER = Pattern.compile("[\\x21-\\x7E&&[^*:^~]](?:[\\x20-\\x7E&&[^*:^~]]{0,14})");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    /** TA105 of an accepted interchange: no error. */
    private static final String NO_ERROR = "000";

    private final AnsweringEnvelopes envelopes;

    FileAcknowledgments(AnsweringEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    /** {@code <name>.999}: empty when no interchange could be answered. */
    Optional<String> implementationAcknowledgments(ReceivedFile file) {
        StringBuilder out = new StringBuilder();
        for (ReceivedInterchange interchange : file.interchanges()) {
            if (!interchange.accepted() || !addressable(interchange)
                    || !envelopes.wants(interchange.senderId(), "999")) {
                continue;
            }
            List<GroupResponse> groups = new ArrayList<>();
            for (ReceivedGroup group : interchange.groups()) {
                if (ElementError.copyable(group.functionalId()) && ElementError.copyable(group.version())) {
                    groups.add(group.response());
                }
            }
            if (!groups.isEmpty()) {
                out.append(new ImplementationAcknowledgmentWriter(envelopes.payerFor(interchange.senderId()))
                        .write(envelopes.to(interchange.senderQualifier(), interchange.senderId(), "ack"), groups));
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    /** {@code <name>.ta1}: empty when no interchange is rejected or asks for one. */
    Optional<String> interchangeAcknowledgments(ReceivedFile file) {
        StringBuilder out = new StringBuilder();
        for (ReceivedInterchange interchange : file.interchanges()) {
            boolean wanted = !interchange.accepted() || interchange.acknowledgmentRequested();
            if (!wanted || !addressable(interchange) || !envelopes.wants(interchange.senderId(), "ta1") || !NINE_DIGITS.matcher(interchange.controlNumber()).matches()
                    || !SIX_DIGITS.matcher(interchange.date()).matches()
                    || !FOUR_DIGITS.matcher(interchange.time()).matches()) {
                continue;
            }
            String note = interchange.firstProblem().map(FileAcknowledgments::noteCode).orElse(NO_ERROR);
            out.append(new InterchangeAcknowledgmentWriter(envelopes.payerFor(interchange.senderId())).write(
                    envelopes.to(interchange.senderQualifier(), interchange.senderId(), "ack"),
                    interchange.controlNumber(), interchange.date(), interchange.time(), interchange.accepted(),
                    note));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    /** TA105; a problem the catalogue places lower (an ST outside any group) breaks the interchange's content. */
    private static String noteCode(io.claimgateway.parse.Rejection problem) {
        return problem.reason().ackSegment() == io.claimgateway.parse.RejectionReason.AckSegment.TA1
                ? problem.reason().ackCode() : "024";
    }

    private static boolean addressable(ReceivedInterchange interchange) {
        return QUALIFIER.matcher(interchange.senderQualifier()).matches()
                && SENDER.matcher(interchange.senderId()).matches();
    }
}
