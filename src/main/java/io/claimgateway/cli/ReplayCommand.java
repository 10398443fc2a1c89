package io.claimgateway.cli;

import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.FileOutcome;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.gateway.OutputFiles;
import io.claimgateway.store.ThrowawayHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.camel.util.OrderedLocationProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code replay}: runs files, in the order given, through the same core path as the routes and
 * writes {@code <name>.835} and {@code <name>.claims.json} (or {@code <name>.error.txt}) into DIR.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = GatewayVersion.class,
        description =
                "Runs FILEs, in the order given, through the same core path as the routes (a line " +
                "paid in an earlier file counts for later ones) and writes every output into DIR; " +
                "for testers comparing with golden files. Shows progress on stderr when it is a " +
                "terminal.",
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:every file processed",
            "1:a file rejected or failed", ExitCodes.USAGE_LINE, ExitCodes.CONFIGURATION_LINE})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--authorizations", required = true, paramLabel = "FILE", description = "Authorizations CSV.")
    private Path authorizations;

    @Option(names = "--providers", required = true, paramLabel = "FILE", description = "Providers CSV.")
    private Path providers;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description =
            "Adjudication date; also stamps the outputs with that date at 00:00, so the same " +
            "inputs give byte-identical outputs (default: today).")
    private LocalDate asOf;

    @Option(names = "--history", paramLabel = "PATH", description =
            "Keep the paid history in the H2 database at PATH (default: in memory, thrown " +
            "away).")
    private Path history;

    @Option(names = "--config", paramLabel = "FILE", description =
            "A properties file laid over the defaults and ./gateway.properties; may repeat, " +
            "later files win.")
    private List<Path> configs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the outputs are written.")
    private Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The 837 files, in the order to process them.")
    private List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        existing(authorizations);
        existing(providers);
        inputs.forEach(this::existing);
        OrderedLocationProperties properties = ConfigurationLayers.load(configs);
        // The command line's options are the top layer.
        properties.put("--authorizations", "gateway.reference.authorizations", authorizations.toString());
        properties.put("--providers", "gateway.reference.providers", providers.toString());
        // Without --history the history starts empty, on disk (a large replay's heap stays bounded),
        // and is thrown away at exit.
        properties.put("--history", "gateway.db.url", history != null
                ? "jdbc:h2:file:" + history.toAbsolutePath()
                : ThrowawayHistory.jdbcUrl());
        properties.put("--history", "gateway.db.user", "sa");
        properties.put("--history", "gateway.db.password", "");
        AdjudicationClock clock = asOf != null ? AdjudicationClock.fixed(asOf)
                : AdjudicationClock.system(Clock.systemDefaultZone());
        Files.createDirectories(out);
        boolean anyRejected = false;
        Progress progress = Progress.onTerminal("replay", "files", inputs.size());
        try (Gateway gateway = Gateway.open(properties, clock)) {
            for (Path file : inputs) {
                FileOutcome outcome;
                try {
                    outcome = gateway.processor().process(file,
                            OutputFiles.inDirectory(out, file.getFileName().toString()));
                } catch (RuntimeException e) {
                    // One file's failure never stops a replay; only the exception's type is shown,
                    // since a message may quote the file's data.
                    anyRejected = true;
                    progress.report("FAILED    " + file.getFileName() + "  " + e.getClass().getSimpleName());
                    progress.step(0, Files.size(file));
                    continue;
                }
                long claims = 0;
                if (outcome instanceof FileOutcome.Rejected rejected) {
                    anyRejected = true;
                    progress.report("REJECTED  " + file.getFileName() + "  " + rejected.rejection().summary());
                } else if (outcome instanceof FileOutcome.Processed processed) {
                    claims = processed.claims();
                    progress.report("PROCESSED " + file.getFileName() + "  claims=" + processed.claims()
                            + " adjudicated=" + processed.adjudicated() + " forwarded=" + processed.forwarded()
                            + " rejected=" + processed.rejected() + " paid=" + processed.paid());
                }
                progress.step(claims, Files.size(file));
            }
        } finally {
            progress.finish();
        }
        return anyRejected ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private void existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "No such file: " + file);
        }
    }
}
