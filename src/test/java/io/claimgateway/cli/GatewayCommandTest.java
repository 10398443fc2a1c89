package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line tells what it takes, and what its exit statuses mean. */
class GatewayCommandTest {

    private static CommandRun execute(String... args) {
        return CommandRun.of(GatewayCommand.commandLine(), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpNamesEveryCommandAndExitStatus(String flag) {
        CommandRun ran = execute(flag);

        assertEquals(0, ran.status());
        for (String word : List.of("run", "replay", "--version", "Exit status:", "0   done",
                "1   replay: a file rejected or failed", "2   usage error",
                "3   configuration error")) {
            assertTrue(ran.out().contains(word), word + " missing from:\n" + ran.out());
        }
    }

    @Test
    void eachCommandDescribesItsOptions() {
        assertHelp(List.of("run", "--help"), "--config=FILE", "--routes=DIR", "3   configuration error");
        assertHelp(List.of("help", "replay"), "--authorizations=FILE", "--providers=FILE", "--as-of=YYYY-MM-DD",
                "--history=PATH", "--config=FILE", "--out=DIR", "FILE...", "1   a file rejected or failed");
    }

    private static void assertHelp(List<String> args, String... words) {
        CommandRun ran = execute(args.toArray(String[]::new));
        assertEquals(0, ran.status());
        for (String word : words) {
            assertTrue(ran.out().contains(word), word + " missing from:\n" + ran.out());
        }
    }

    @Test
    void versionIsThePomVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>claim-gateway</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find());

        CommandRun ran = execute("--version");

        assertEquals(0, ran.status());
        assertEquals("claim-gateway " + version.group(1), ran.out().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "--verbose"})
    void anUnknownCommandOrOptionIsAUsageError(String command) {
        CommandRun ran = execute(command);

        assertEquals(2, ran.status());
        assertTrue(ran.err().contains("'" + command + "'"), ran.err());
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun ran = execute();

        assertEquals(2, ran.status());
        assertTrue(ran.err().startsWith("Missing command: run, replay or help"), ran.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "replay"})
    void aConfigurationErrorIsOneLineWithItsOwnStatus(String command, @TempDir Path folder) throws IOException {
        Path config = folder.resolve("gateway.properties");
        Files.writeString(config, "gateway.folders.inbx=in\n");
        List<String> args = command.equals("run") ? List.of("run", "--config", config.toString())
                : List.of("replay", "--config", config.toString(), "--authorizations",
                        "samples/reference/authorizations.csv", "--providers", "samples/reference/providers.csv",
                        "--out", folder.resolve("out").toString(), "samples/01-harborview-oncology.837p.x12");

        CommandRun ran = execute(args.toArray(String[]::new));

        assertEquals(3, ran.status());
        assertEquals("claim-gateway: configuration error: gateway.folders.inbx (" + config + "): unknown key\n",
                ran.err());
    }
}
