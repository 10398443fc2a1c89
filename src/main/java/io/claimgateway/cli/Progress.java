package io.claimgateway.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of long work (files or runs done of all, claims, bytes, rate) on one line of stderr,
 * redrawn in place, only when stderr is a terminal: redirected output and tests stay quiet.
 */
public final class Progress {

    private static final double MB = 1024.0 * 1024.0;

    private final String task;
    private final String unit;
    private final int total;
    /** Null when stderr is not a terminal. */
    private final PrintStream terminal;
    private final long start = System.nanoTime();
    private int done;
    private long claims;
    private long bytes;
    private boolean drawn;
    private boolean lineByLine;

    private Progress(String task, String unit, int total, PrintStream terminal) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.terminal = terminal;
    }

    public static Progress onTerminal(String task, String unit, int total) {
        return new Progress(task, unit, total, System.console() != null ? System.err : null);
    }

    /** Each step on a line of its own: for work that writes other lines to stderr meanwhile. */
    public Progress lineByLine() {
        lineByLine = true;
        return this;
    }

    /** One more done, with its claims and bytes. */
    public void step(long stepClaims, long stepBytes) {
        done++;
        claims += stepClaims;
        bytes += stepBytes;
        if (terminal != null) {
            String text = line(task, unit, done, total, claims, bytes, Duration.ofNanos(System.nanoTime() - start));
            if (lineByLine) {
                terminal.println(text);
            } else {
                terminal.print("\r" + text);
                terminal.flush();
                drawn = true;
            }
        }
    }

    /** A result line on stdout, with the progress line wiped first so they do not share a line. */
    void report(String result) {
        clear();
        System.out.println(result);
    }

    void finish() {
        clear();
    }

    private void clear() {
        if (drawn) {
            terminal.print("\r\u001B[K");
            terminal.flush();
            drawn = false;
        }
    }

    /** E.g. {@code replay: 3/10 files, 1,234 claims, 2.4 MB, 617 claims/s, 1.2 MB/s}. */
    static String line(String task, String unit, int done, int total, long claims, long bytes, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        return String.format(Locale.ROOT, "%s: %d/%d %s, %,d claims, %.1f MB, %,.0f claims/s, %.1f MB/s",
                task, done, total, unit, claims, bytes / MB, claims / seconds, bytes / MB / seconds);
    }
}
