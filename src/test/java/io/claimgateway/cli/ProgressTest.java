package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress line of replay and bench (drawn only on a terminal, so tested as text). */
class ProgressTest {

    @Test
    void saysDoneOfTotalClaimsBytesAndRates() {
        assertEquals("replay: 3/10 files, 12,345 claims, 2.5 MB, 6,173 claims/s, 1.3 MB/s",
                Progress.line("replay", "files", 3, 10, 12_345, 5 * 512 * 1024, Duration.ofSeconds(2)));
    }

    @Test
    void nothingDoneInNoTimeIsNoDivisionByZero() {
        assertEquals("bench: 0/6 runs, 0 claims, 0.0 MB, 0 claims/s, 0.0 MB/s",
                Progress.line("bench", "runs", 0, 6, 0, 0, Duration.ZERO));
    }
}
