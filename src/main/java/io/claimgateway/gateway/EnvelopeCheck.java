package io.claimgateway.gateway;

import io.claimgateway.parse.ClaimFileReader;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.ReceivedGroup;
import io.claimgateway.parse.ReceivedInterchange;
import io.claimgateway.parse.ReceivedSet;
import io.claimgateway.parse.Rejection;
import io.claimgateway.parse.TransactionSummary;
import io.claimgateway.support.Sha256;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first stage of the core path: one pass over the file's envelopes with every segment
 * checked against its guide, then the partner checks (a group in a guide the partner is not set
 * up for is rejected alone; a file from no partner, or from another partner's channel, whole).
 * Reads no store and writes nothing.
 */
final class EnvelopeCheck {

    private final ClaimFileReader reader;
    private final PartnerCheck partnerCheck;
    private final GatewayMetrics metrics;

    EnvelopeCheck(ClaimFileReader reader, PartnerCheck partnerCheck, GatewayMetrics metrics) {
        this.reader = reader;
        this.partnerCheck = partnerCheck;
        this.metrics = metrics;
    }

    CheckedFile check(Delivery delivery) throws IOException {
        Instant started = Instant.now();
        ReceivedFile received = reader.readEnvelopes(delivery.input());
        String sender = received.interchanges().stream().map(ReceivedInterchange::senderId)
                .filter(id -> !id.isEmpty()).findFirst().orElse(FileRejections.UNKNOWN_SENDER);
        if (delivery.firstAttempt()) {
            metrics.fileReceived(sender);
        }
        String contentSha256 = Sha256.hex(delivery.input());
        if (received.unreadable().isPresent()) {
            return new CheckedFile(received, List.of(), received.unreadable(), sender, contentSha256, started);
        }
        received = partnerCheck.rejectGroupsNotSetUp(received);
        List<TransactionSummary> summaries = summaries(received);
        Optional<Rejection> refused = partnerCheck.check(summaries, delivery.partner());
        return new CheckedFile(received, summaries, refused, sender, contentSha256, started);
    }

    /**
     * Every set of every accepted group: who sent what, for the partner and duplicate checks. A
     * group rejected at its envelope is answered for what it is, not for the guide it names.
     */
    private static List<TransactionSummary> summaries(ReceivedFile received) {
        List<TransactionSummary> summaries = new ArrayList<>();
        for (ReceivedInterchange interchange : received.interchanges()) {
            if (!interchange.accepted()) {
                continue;
            }
            for (ReceivedGroup group : interchange.groups().stream().filter(ReceivedGroup::accepted).toList()) {
                for (ReceivedSet set : group.sets()) {
                    summaries.add(new TransactionSummary(interchange.senderId(), interchange.controlNumber(),
                            group.controlNumber(), set.controlNumber(), set.version(), set.segmentCount(),
                            set.start()));
                }
            }
        }
        return summaries;
    }
}
