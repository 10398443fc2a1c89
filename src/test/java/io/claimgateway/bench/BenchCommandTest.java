package io.claimgateway.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.cli.CommandRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench's command line (it runs from the tests' classes, through bin/claim-gateway bench). */
class BenchCommandTest {

    private static CommandRun execute(String... args) {
        return CommandRun.of(new CommandLine(new BenchCommand()), args);
    }

    @Test
    void itsHelpDescribesEveryOption() {
        CommandRun ran = execute("--help");

        assertEquals(0, ran.status());
        for (String word : new String[] {"--claims=N", "--runs=R", "--out=DIR", "--instances-store=JDBC_URL",
            "--instances-user=USER"}) {
            assertTrue(ran.out().contains(word), word + " missing from:\n" + ran.out());
        }
    }

    @Test
    void aBadCountIsAUsageError() {
        CommandRun ran = execute("--claims", "0");

        assertEquals(2, ran.status());
        assertTrue(ran.err().startsWith("Invalid value for option '--claims' (N): must be at least 1, was 0"), ran.err());
    }
}
