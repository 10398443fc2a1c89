package io.claimgateway.cli;

/** Bad command-line arguments: exit status 2 with the usage text. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
