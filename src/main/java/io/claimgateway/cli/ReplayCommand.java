package io.claimgateway.cli;

import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.FileOutcome;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.gateway.GatewayProperties;
import io.claimgateway.gateway.OutputFiles;
import io.claimgateway.store.ThrowawayHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * {@code replay}: runs files, in the order given, through the same core path as the routes and
 * writes {@code <name>.835} and {@code <name>.claims.json} (or {@code <name>.error.txt}) into DIR.
 * Exit 0 when every file was processed, 1 when any was rejected or failed, 2 for a usage error.
 */
final class ReplayCommand {

    private ReplayCommand() {
    }

    static int run(String[] args) throws Exception {
        Arguments arguments = new Arguments(args,
                Set.of("authorizations", "providers", "as-of", "history", "out", "config"));
        if (arguments.positional().isEmpty()) {
            throw new UsageException("replay needs at least one input FILE");
        }
        Path out = Path.of(arguments.required("out"));
        Properties properties = GatewayProperties.load(arguments.option("config").map(Path::of));
        properties.setProperty("gateway.reference.authorizations", existing(arguments.required("authorizations")));
        properties.setProperty("gateway.reference.providers", existing(arguments.required("providers")));
        // Without --history the history starts empty and is thrown away with the JVM.
        properties.setProperty("gateway.db.url", arguments.option("history")
                .map(path -> "jdbc:h2:file:" + Path.of(path).toAbsolutePath())
                .orElseGet(ThrowawayHistory::jdbcUrl));
        properties.setProperty("gateway.db.user", "sa");
        properties.setProperty("gateway.db.password", "");
        AdjudicationClock clock = arguments.option("as-of").map(ReplayCommand::date).map(AdjudicationClock::fixed)
                .orElseGet(() -> AdjudicationClock.system(Clock.systemDefaultZone()));
        for (String input : arguments.positional()) {
            existing(input);
        }
        Files.createDirectories(out);
        boolean anyRejected = false;
        try (Gateway gateway = Gateway.open(properties, clock)) {
            for (String input : arguments.positional()) {
                Path file = Path.of(input);
                FileOutcome outcome;
                try {
                    outcome = gateway.processor().process(file,
                            OutputFiles.inDirectory(out, file.getFileName().toString()));
                } catch (RuntimeException e) {
                    // One file's failure never stops a replay; only the exception's type is shown,
                    // since a message may quote the file's data.
                    anyRejected = true;
                    System.out.println("FAILED    " + file.getFileName() + "  " + e.getClass().getSimpleName());
                    continue;
                }
                if (outcome instanceof FileOutcome.Rejected rejected) {
                    anyRejected = true;
                    System.out.println("REJECTED  " + file.getFileName() + "  " + rejected.rejection().summary());
                } else if (outcome instanceof FileOutcome.Processed processed) {
                    System.out.println("PROCESSED " + file.getFileName() + "  claims=" + processed.claims()
                            + " adjudicated=" + processed.adjudicated() + " forwarded=" + processed.forwarded()
                            + " rejected=" + processed.rejected() + " paid=" + processed.paid());
                }
            }
        }
        return anyRejected ? 1 : 0;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be YYYY-MM-DD, was " + text);
        }
    }

    private static String existing(String file) {
        if (!Files.isRegularFile(Path.of(file))) {
            throw new UsageException("No such file: " + file);
        }
        return file;
    }
}
