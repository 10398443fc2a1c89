package io.claimgateway.cli;

/** The exit statuses every command documents in its help (and the README). */
public final class ExitCodes {

    static final int OK = 0;
    /** A file rejected or failed (replay). */
    static final int FAILED = 1;
    /** Picocli's usage error status. */
    static final int USAGE = 2;
    static final int CONFIGURATION = 3;

    static final String OK_LINE = "0:done (replay: every file processed)";
    static final String FAILED_LINE = "1:replay: a file rejected or failed";
    public static final String USAGE_LINE = "2:usage error (unknown command or option, missing value, no such file)";
    static final String CONFIGURATION_LINE = "3:configuration error (unknown or malformed key; one line names it "
            + "and its file)";

    private ExitCodes() {
    }
}
