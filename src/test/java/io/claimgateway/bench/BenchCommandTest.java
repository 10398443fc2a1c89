package io.claimgateway.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench's command line (it runs from the tests' classes, through bin/claim-gateway bench). */
class BenchCommandTest {

    private record Ran(int status, String out, String err) {
    }

    private static Ran execute(String... args) {
        CommandLine commandLine = new CommandLine(new BenchCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Ran(status, out.toString(), err.toString());
    }

    @Test
    void itsHelpDescribesEveryOption() {
        Ran ran = execute("--help");

        assertEquals(0, ran.status());
        for (String word : new String[] {"--claims=N", "--runs=R", "--out=DIR", "--instances-store=JDBC_URL",
            "--instances-user=USER"}) {
            assertTrue(ran.out().contains(word), word + " missing from:\n" + ran.out());
        }
    }

    @Test
    void aBadCountIsAUsageError() {
        Ran ran = execute("--claims", "0");

        assertEquals(2, ran.status());
        assertTrue(ran.err().startsWith("Invalid value for option '--claims' (N): must be at least 1, was 0"), ran.err());
    }
}
