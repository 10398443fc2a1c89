package io.claimgateway.parse;

import java.util.List;
import java.util.Objects;

/** Outcome of {@link EnvelopeScanner#scan}: the file may go on to the DFDL parse, or not. */
public sealed interface ScanResult {

    record Accepted(Delimiters delimiters, List<TransactionSummary> transactions) implements ScanResult {
        public Accepted {
            Objects.requireNonNull(delimiters, "delimiters");
            transactions = List.copyOf(transactions);
        }
    }

    record Rejected(Rejection rejection) implements ScanResult {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
