package io.claimgateway.cli;

import java.util.Arrays;

/** Entry point of {@code claim-gateway.jar}: {@code run}, {@code replay} or {@code bench}. */
public final class GatewayCommand {

    static final String USAGE = """
            Usage:
              java -jar claim-gateway.jar run [--config FILE]
              java -jar claim-gateway.jar replay --authorizations FILE --providers FILE [--as-of YYYY-MM-DD]
                                                 [--history PATH] [--config FILE] --out DIR FILE...
              java -jar claim-gateway.jar bench [--claims N]... [--runs R] [--out DIR]
            """;

    private GatewayCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(execute(args));
    }

    static int execute(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.print(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "run" -> RunCommand.run(rest);
                case "replay" -> ReplayCommand.run(rest);
                case "bench" -> BenchCommand.run(rest);
                default -> throw new UsageException("Unknown command: " + args[0]);
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
    }
}
