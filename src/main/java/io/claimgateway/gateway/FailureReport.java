package io.claimgateway.gateway;

/**
 * The text of {@code <name>.failed.txt}: the file's name (escaped) and the failure's type. The
 * exception's message is left out: it may quote the file's data.
 */
public final class FailureReport {

    private FailureReport() {
    }

    public static String of(String inputFileName, Throwable failure) {
        return "File: " + LogSafe.text(inputFileName) + "\n"
                + "Failed: " + failure.getClass().getName() + "\n"
                + "The file was not processed: none of its claims is in the store."
                + " The log has the details."
                + " Move it back to the inbox once the cause is mended.\n";
    }
}
