package io.claimgateway.cli;

/** Placeholder replaced below. */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(String[] args) {
        throw new UsageException("bench is not available yet");
    }
}
