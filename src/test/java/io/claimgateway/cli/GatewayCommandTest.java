package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line tells what it takes. */
class GatewayCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpDescribesEveryCommandAndOption(String flag) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = GatewayCommand.execute(new String[] {flag});
        } finally {
            System.setOut(original);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status);
        for (String word : List.of("run", "replay", "bench", "--config", "--authorizations", "--providers",
                "--as-of", "--history", "--out", "--claims", "--runs", "Exit status")) {
            assertTrue(help.contains(word), word + " missing from:\n" + help);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "--verbose"})
    void anUnknownCommandIsAUsageError(String command) throws Exception {
        assertEquals(2, GatewayCommand.execute(new String[] {command}));
    }
}
