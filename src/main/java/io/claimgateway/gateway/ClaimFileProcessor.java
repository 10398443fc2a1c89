package io.claimgateway.gateway;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.ClaimAdjudicator;
import io.claimgateway.adjudicate.ClaimDecision;
import io.claimgateway.adjudicate.HcpcsCodeTable;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.parse.ClaimFileReader;
import io.claimgateway.parse.ScanPolicy;
import io.claimgateway.remit.ClaimFilingIndicators;
import io.claimgateway.remit.PayerIdentity;
import io.claimgateway.remit.RemittanceEnvelope;
import io.claimgateway.remit.RemittanceWriter;
import io.claimgateway.store.ControlNumberSequence;
import io.claimgateway.store.GatewayDatabase;
import io.claimgateway.store.JdbcAuthorizationRegistry;
import io.claimgateway.store.JdbcPaidHistory;
import io.claimgateway.store.JdbcProviderRegistry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core path for one input file: read (scan + Smooks parse) → adjudicate each claim as it is
 * parsed → 835 and claims JSON. The paid-history writes of a file commit in one transaction with
 * its outputs, or roll back with its rejection, so a rejected or crashed file leaves no trace in
 * the history and can be processed again cleanly. The folder route, the SFTP route and replay
 * all call this one class.
 */
public final class ClaimFileProcessor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimFileProcessor.class);

    private final GatewayDatabase database;
    private final ProgramConfig program;
    private final HcpcsCodeTable codes;
    private final PayerIdentity payer;
    private final ClaimFilingIndicators filingIndicators;
    private final AdjudicationClock clock;
    private final ControlNumberSequence controlNumbers;
    private final ClaimFileReader reader;

    public ClaimFileProcessor(GatewayDatabase database, ProgramConfig program, HcpcsCodeTable codes,
            PayerIdentity payer, ClaimFilingIndicators filingIndicators, ScanPolicy scanPolicy,
            AdjudicationClock clock) {
        this.database = database;
        this.program = program;
        this.codes = codes;
        this.payer = payer;
        this.filingIndicators = filingIndicators;
        this.clock = clock;
        this.controlNumbers = new ControlNumberSequence(database.dataSource());
        this.reader = new ClaimFileReader(scanPolicy);
    }

    /** Processes one file; bad input gives {@link FileOutcome.Rejected}, never an exception. */
    public FileOutcome process(Path input, OutputFiles outputs) throws IOException {
        String name = input.getFileName().toString();
        FileOutcome outcome = database.inTransaction(connection -> {
            try {
                return processInTransaction(connection, input, outputs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (outcome instanceof FileOutcome.Processed processed) {
            LOG.info("Processed {}: {} claims ({} adjudicated, {} forwarded), paid {}", name, processed.claims(),
                    processed.adjudicated(), processed.forwarded(), processed.paid());
        } else if (outcome instanceof FileOutcome.Rejected rejected) {
            LOG.warn("Rejected {}: {}", name, rejected.rejection().summary());
        }
        return outcome;
    }

    private FileOutcome processInTransaction(Connection connection, Path input, OutputFiles outputs)
            throws IOException, java.sql.SQLException {
        String name = input.getFileName().toString();
        ClaimAdjudicator adjudicator = new ClaimAdjudicator(program, codes, new JdbcAuthorizationRegistry(connection),
                new JdbcProviderRegistry(connection), new JdbcPaidHistory(connection), clock.asOf());
        Path claimsTemp = temporarySibling(outputs.claimsJson().orElse(outputs.remittance()));
        try (OutputStream claimsOut = new BufferedOutputStream(Files.newOutputStream(claimsTemp));
                ClaimsJsonWriter claimsJson = new ClaimsJsonWriter(claimsOut, name, clock.asOf());
                LazyRemittance remittance = new LazyRemittance()) {
            Tally tally = new Tally();
            ClaimFileReader.Result result = reader.read(input, submission -> {
                ClaimDecision decision = adjudicator.adjudicate(submission);
                tally.count(decision);
                try {
                    claimsJson.write(decision);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (decision instanceof AdjudicatedClaim claim) {
                    remittance.writerFor(submission).accept(claim);
                }
            });
            if (result instanceof ClaimFileReader.Result.Rejected rejected) {
                connection.rollback();
                Path report = outputs.errorReport();
                writeAtomically(report, RejectionReport.of(name, rejected.rejection()).getBytes(StandardCharsets.UTF_8));
                return new FileOutcome.Rejected(rejected.rejection(), report);
            }
            claimsJson.finish(tally.claims, tally.adjudicated, tally.forwarded, tally.paid);
            claimsJson.close();
            Optional<Path> remittanceFile = Optional.empty();
            if (remittance.writer != null) {
                Path temp = temporarySibling(outputs.remittance());
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                    remittance.writer.finish(out);
                }
                Files.move(temp, outputs.remittance(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                remittanceFile = Optional.of(outputs.remittance());
            }
            Optional<Path> claimsFile = Optional.empty();
            if (outputs.claimsJson().isPresent()) {
                Files.move(claimsTemp, outputs.claimsJson().get(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                claimsFile = outputs.claimsJson();
            }
            return new FileOutcome.Processed(tally.claims, tally.adjudicated, tally.forwarded, tally.paid,
                    remittanceFile, claimsFile);
        } finally {
            Files.deleteIfExists(claimsTemp);
        }
    }

    private static Path temporarySibling(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = temporarySibling(target);
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        reader.close();
    }

    /** The 835 writer, opened at the first adjudicated claim, when the answering envelope is known. */
    private final class LazyRemittance implements AutoCloseable {
        private RemittanceWriter writer;

        RemittanceWriter writerFor(ClaimSubmission first) {
            if (writer == null) {
                long controlNumber = controlNumbers.next("835." + first.envelope().senderId());
                writer = new RemittanceWriter(payer, filingIndicators, RemittanceEnvelope.answering(first.envelope(),
                        first.envelope().senderId(), controlNumber, controlNumber, clock.produced(), clock.asOf()));
            }
            return writer;
        }

        @Override
        public void close() {
            if (writer != null) {
                writer.close();
            }
        }
    }

    private static final class Tally {
        int claims;
        int adjudicated;
        int forwarded;
        BigDecimal paid = BigDecimal.ZERO.setScale(2);

        void count(ClaimDecision decision) {
            claims++;
            if (decision instanceof AdjudicatedClaim claim) {
                adjudicated++;
                paid = paid.add(claim.paid());
            } else {
                forwarded++;
            }
        }
    }
}
