package io.claimgateway.gateway;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One delivery of an input file, as its channel took it: what every stage of the core path
 * works on.
 *
 * @param input        the file to read (for SFTP, the local copy of the download)
 * @param outputs      where its outputs and the input itself go
 * @param channel      the journal's channel: {@code inbox}, a partner id, or {@code direct}
 * @param partner      the partner whose own channel delivered the file, if any
 * @param firstAttempt false on a retry of the same delivery, which is not received again
 */
public record Delivery(Path input, OutputFiles outputs, String channel, Optional<String> partner,
        boolean firstAttempt) {

    String name() {
        return input.getFileName().toString();
    }
}
