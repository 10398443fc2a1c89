package io.claimgateway.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one log line of a file's outcome: counts and rule codes, the file name escaped, no member data. */
final class OutcomeLog {

    /** The core path's logger, as before: log configurations name it. */
    private static final Logger LOG = LoggerFactory.getLogger(ClaimFileProcessor.class);

    private OutcomeLog() {
    }

    static void log(String fileName, FileOutcome outcome) {
        String name = LogSafe.text(fileName);
        if (outcome instanceof FileOutcome.Processed processed) {
            LOG.info("Processed {}: {} claims ({} adjudicated, {} forwarded, {} rejected), paid {}", name,
                    processed.claims(), processed.adjudicated(), processed.forwarded(), processed.rejected(),
                    processed.paid());
        } else if (outcome instanceof FileOutcome.Rejected rejected) {
            LOG.warn("Rejected {}: {}", name, rejected.rejection().summary());
        } else if (outcome instanceof FileOutcome.Duplicate duplicate) {
            LOG.warn("Duplicate {}: {}", name, duplicate.reason().summary());
        }
    }
}
