package io.claimgateway.gateway;

import io.claimgateway.parse.Rejection;
import io.claimgateway.parse.RejectionReason;
import io.claimgateway.parse.TransactionSummary;
import io.claimgateway.store.ProcessedInterchanges;
import io.claimgateway.store.ProcessedInterchanges.ProcessedInterchange;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Idempotent intake: a file whose content, or one of whose interchanges (sender + ISA13), was
 * processed before is a duplicate. Records are written on the file's own transaction, so they
 * commit with its paid history and hold across restarts, routes and gateway instances.
 */
final class DuplicateInterchanges {

    private final ProcessedInterchanges processed;

    DuplicateInterchanges(Connection connection) {
        this.processed = new ProcessedInterchanges(connection);
    }

    Optional<Rejection> check(String contentSha256, List<TransactionSummary> transactions) {
        Optional<ProcessedInterchange> sameContent = processed.findByContent(contentSha256);
        if (sameContent.isPresent()) {
            return Optional.of(duplicate("The same content was processed before as "
                    + sameContent.get().fileName() + " at " + sameContent.get().processedAt(), sameContent.get()));
        }
        for (Interchange interchange : interchanges(transactions)) {
            Optional<ProcessedInterchange> earlier = processed.find(interchange.senderId(), interchange.isa13());
            if (earlier.isPresent()) {
                return Optional.of(duplicate("Interchange " + interchange.isa13() + " from sender "
                        + interchange.senderId() + " was processed before as " + earlier.get().fileName() + " at "
                        + earlier.get().processedAt(), earlier.get()));
            }
        }
        return Optional.empty();
    }

    void record(String contentSha256, List<TransactionSummary> transactions, String fileName, Instant at) {
        for (Interchange interchange : interchanges(transactions)) {
            processed.record(new ProcessedInterchange(interchange.senderId(), interchange.isa13(), contentSha256,
                    fileName, "processed", at));
        }
    }

    private record Interchange(String senderId, String isa13) {
    }

    /** Each interchange of the file once, in file order. */
    private static Set<Interchange> interchanges(List<TransactionSummary> transactions) {
        Set<Interchange> interchanges = new LinkedHashSet<>();
        for (TransactionSummary transaction : transactions) {
            interchanges.add(new Interchange(transaction.senderId(), transaction.interchangeControlNumber()));
        }
        return interchanges;
    }

    private static Rejection duplicate(String message, ProcessedInterchange earlier) {
        return Rejection.of(RejectionReason.DUPLICATE_INTERCHANGE, message)
                .withTag("ISA")
                .withControlNumbers(Optional.of(earlier.interchangeControlNumber()), Optional.empty(),
                        Optional.empty());
    }
}
