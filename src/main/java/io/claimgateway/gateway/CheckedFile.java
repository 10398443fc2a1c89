package io.claimgateway.gateway;

import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.Rejection;
import io.claimgateway.parse.TransactionSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A file after its envelope pass and the partner checks, before anything touches the store.
 *
 * @param received      its envelope model (every set checked against its guide)
 * @param summaries     every set of every accepted group: who sent what
 * @param refused       why the whole file is refused (unreadable, or not a partner's), if it is
 * @param sender        ISA06 of its first interchange, or {@code unknown}
 * @param contentSha256 the digest the duplicate check and the journal key on
 * @param started       when the check began, for the processing-time meter
 */
public record CheckedFile(ReceivedFile received, List<TransactionSummary> summaries, Optional<Rejection> refused,
        String sender, String contentSha256, Instant started) {

    public CheckedFile {
        summaries = List.copyOf(summaries);
    }
}
