package io.claimgateway.cli;

import io.claimgateway.config.ConfigurationException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code claim-gateway.jar}: {@code run} or {@code replay}. (The bench lives with the
 * tests: {@code bin/claim-gateway bench}.)
 */
@Command(name = "claim-gateway", mixinStandardHelpOptions = true, versionProvider = GatewayVersion.class,
        description = "Takes X12 837 claim files, adjudicates them and answers with 835, 999, 277CA and TA1.",
        subcommands = {RunCommand.class, ReplayCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Every configuration key is listed in the README (\"Configuration\")."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            ExitCodes.OK_LINE, ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE, ExitCodes.CONFIGURATION_LINE})
public final class GatewayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        UsageReport.installIfRequested();
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The tool with its commands; a configuration error is one line on stderr, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new GatewayCommand());
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof ConfigurationException problem) {
                command.getErr().println("claim-gateway: configuration error: " + problem.getMessage());
                return ExitCodes.CONFIGURATION;
            }
            throw exception;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: run, replay or help");
    }
}
