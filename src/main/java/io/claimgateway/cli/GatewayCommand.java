package io.claimgateway.cli;

import io.claimgateway.bench.UsageReport;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code claim-gateway.jar}: {@code run}, {@code replay} or {@code bench}. */
public final class GatewayCommand {

    static final String USAGE = """
            Usage:
              java -jar claim-gateway.jar run [--config FILE]
              java -jar claim-gateway.jar replay --authorizations FILE --providers FILE [--as-of YYYY-MM-DD]
                                                 [--history PATH] [--config FILE] --out DIR FILE...
              java -jar claim-gateway.jar bench [--claims N]... [--runs R] [--out DIR]
              java -jar claim-gateway.jar help
            """;

    static final String HELP = USAGE + """

            Commands:
              run      Runs the gateway: the folder inbox and any SFTP partner routes of routes/, the store,
                       /observe/health and /observe/metrics. Answers each 837 with its 835, 999, 277CA (and
                       TA1 when due), or rejects it with a report.
              replay   Runs files, in the order given, through the same core path and writes every output
                       into DIR; for testers comparing with golden files.
              bench    Generates synthetic 837P files and times StAEDI (reference), the envelope pass, the
                       parse and the whole path.

            Options:
              --config FILE            a properties file laid over the defaults (and ./gateway.properties)
              --authorizations FILE    authorizations CSV (replay)
              --providers FILE         providers CSV (replay)
              --as-of YYYY-MM-DD       adjudication date, fixes every date in the outputs (replay)
              --history PATH           keep the paid history in the H2 database at PATH (replay;
                                       default: in memory, thrown away)
              --out DIR                where replay writes its outputs, or bench its report
              --claims N               bench file size in claims, may repeat (default 10000)
              --runs R                 bench runs per size, median reported (default 3)

            Exit status: 0 done, 1 a file rejected or failed (replay) or a bench failure, 2 usage error.
            The README lists every configuration key.
            """;

    private GatewayCommand() {
    }

    public static void main(String[] args) throws Exception {
        UsageReport.installIfRequested();
        System.exit(execute(args));
    }

    static int execute(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.print(USAGE);
            return 2;
        }
        if (List.of("help", "--help", "-h").contains(args[0])) {
            System.out.print(HELP);
            return 0;
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
