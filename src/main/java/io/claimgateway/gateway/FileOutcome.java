package io.claimgateway.gateway;

import io.claimgateway.parse.Rejection;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where one input file ended: processed (with its 835 unless every claim was forwarded),
 * rejected (with its report), or recognised as a duplicate of an interchange already processed.
 */
public sealed interface FileOutcome {

    /** processed, rejected or duplicate: for metrics, headers and logs. */
    String label();

    /** The journal's outcome of a file that failed unexpectedly after its retries (no FileOutcome of its own). */
    String FAILED = "failed";

    /**
     * @param rejected        claims rejected before adjudication (reported in the 277CA)
     * @param acknowledgments the TA1, 999 and 277CA written beside the 835
     */
    record Processed(
            int claims,
            int adjudicated,
            int forwarded,
            int rejected,
            BigDecimal paid,
            Optional<Path> remittance,
            Optional<Path> claimsJson,
            List<Path> acknowledgments) implements FileOutcome {
        public Processed {
            acknowledgments = List.copyOf(acknowledgments);
        }

        @Override
        public String label() {
            return "processed";
        }
    }

    /** @param acknowledgment the TA1 or 999, when the file says whom to answer */
    record Rejected(Rejection rejection, Path report, Optional<Path> acknowledgment) implements FileOutcome {
        @Override
        public String label() {
            return "rejected";
        }
    }

    record Duplicate(Rejection reason, Path report) implements FileOutcome {
        @Override
        public String label() {
            return "duplicate";
        }
    }
}
