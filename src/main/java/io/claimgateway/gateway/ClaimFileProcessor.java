package io.claimgateway.gateway;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.ClaimAdjudicator;
import io.claimgateway.adjudicate.ClaimDecision;
import io.claimgateway.adjudicate.HcpcsCodeTable;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Envelope;
import io.claimgateway.parse.ClaimFileReader;
import io.claimgateway.parse.RejectedEnvelope;
import io.claimgateway.parse.Rejection;
import io.claimgateway.parse.ScanPolicy;
import io.claimgateway.parse.ScanResult;
import io.claimgateway.remit.Acknowledgment;
import io.claimgateway.remit.AcknowledgmentWriter;
import io.claimgateway.remit.ClaimFilingIndicators;
import io.claimgateway.remit.PayerIdentity;
import io.claimgateway.remit.RemittanceEnvelope;
import io.claimgateway.remit.RemittanceWriter;
import io.claimgateway.store.AdjudicationLock;
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
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core path for one input file: envelope scan → partner and duplicate checks → Smooks parse,
 * adjudicating each claim as it is parsed → 835 and claims JSON. Everything a file writes to the
 * store (paid history, its processed-interchange record) commits in one transaction with its
 * outputs, or rolls back with its rejection, so a rejected or crashed file leaves no trace and
 * can be processed again cleanly. The folder route, the SFTP routes and replay all call this.
 */
public final class ClaimFileProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimFileProcessor.class);
    private static final String UNKNOWN_PARTNER = "unknown";

    private final GatewayDatabase database;
    private final ProgramConfig program;
    private final HcpcsCodeTable codes;
    private final PayerIdentity payer;
    private final ClaimFilingIndicators filingIndicators;
    private final TradingPartners partners;
    private final PartnerCheck partnerCheck;
    private final AdjudicationClock clock;
    private final GatewayMetrics metrics;
    private final ControlNumberSequence controlNumbers;
    private final ClaimFileReader reader;
    private final AcknowledgmentWriter acknowledgments;

    public ClaimFileProcessor(GatewayDatabase database, ProgramConfig program, HcpcsCodeTable codes,
            PayerIdentity payer, ClaimFilingIndicators filingIndicators, TradingPartners partners,
            ScanPolicy scanPolicy, AdjudicationClock clock, GatewayMetrics metrics) {
        this.database = database;
        this.program = program;
        this.codes = codes;
        this.payer = payer;
        this.filingIndicators = filingIndicators;
        this.partners = partners;
        this.partnerCheck = new PartnerCheck(partners);
        this.clock = clock;
        this.metrics = metrics;
        this.controlNumbers = new ControlNumberSequence(database.dataSource());
        this.reader = new ClaimFileReader(scanPolicy);
        this.acknowledgments = new AcknowledgmentWriter(payer);
    }

    /** Processes one file; bad input gives a Rejected or Duplicate outcome, never an exception. */
    public FileOutcome process(Path input, OutputFiles outputs) throws IOException {
        return process(input, outputs, Optional.empty());
    }

    /**
     * As {@link #process(Path, OutputFiles)}, for a file delivered through a partner's own channel
     * (its SFTP directory): when that partner is configured, the file must be its own.
     */
    public FileOutcome process(Path input, OutputFiles outputs, Optional<String> channel) throws IOException {
        Instant started = Instant.now();
        String name = input.getFileName().toString();
        ScanResult scan = reader.scan(input);
        String partner = scan instanceof ScanResult.Accepted accepted
                ? accepted.transactions().get(0).senderId() : UNKNOWN_PARTNER;
        metrics.fileReceived(partner);
        FileOutcome outcome = scan instanceof ScanResult.Rejected rejected
                ? reject(input, rejected.rejection(), outputs)
                : database.inTransaction(connection -> {
                    try {
                        return processInTransaction(connection, input, (ScanResult.Accepted) scan, partner,
                                channel, outputs);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        metrics.fileDone(partner, outcome.label(), Duration.between(started, Instant.now()));
        log(name, outcome);
        return outcome;
    }

    private FileOutcome processInTransaction(Connection connection, Path input, ScanResult.Accepted scan,
            String partner, Optional<String> channel, OutputFiles outputs) throws IOException, SQLException {
        String name = input.getFileName().toString();
        Optional<Rejection> refused = partnerCheck.check(scan.transactions(), channel);
        if (refused.isPresent()) {
            return reject(input, refused.get(), outputs);
        }
        AdjudicationLock.acquire(connection);
        DuplicateInterchanges duplicates = new DuplicateInterchanges(connection);
        String contentSha256 = ContentDigest.sha256(input);
        Optional<Rejection> duplicate = duplicates.check(contentSha256, scan.transactions());
        if (duplicate.isPresent()) {
            writeAtomically(outputs.duplicateReport(),
                    RejectionReport.of(name, duplicate.get()).getBytes(StandardCharsets.UTF_8));
            return new FileOutcome.Duplicate(duplicate.get(), outputs.duplicateReport());
        }
        ClaimAdjudicator adjudicator = new ClaimAdjudicator(program, codes, new JdbcAuthorizationRegistry(connection),
                new JdbcProviderRegistry(connection), new JdbcPaidHistory(connection), clock.asOf());
        Path claimsTemp = temporarySibling(outputs.claimsJson().orElse(outputs.remittance()));
        try (OutputStream claimsOut = new BufferedOutputStream(Files.newOutputStream(claimsTemp));
                ClaimsJsonWriter claimsJson = new ClaimsJsonWriter(claimsOut, name, clock.asOf());
                LazyRemittance remittance = new LazyRemittance()) {
            Tally tally = new Tally();
            ClaimFileReader.Result result = reader.parse(input, scan, submission -> {
                ClaimDecision decision = adjudicator.adjudicate(submission);
                tally.count(decision);
                metrics.claim(partner, decision);
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
                return reject(input, rejected.rejection(), outputs);
            }
            duplicates.record(contentSha256, scan.transactions(), name, Instant.now());
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

    /** The report, and the TA1 or 999 X12 has for the problem when the file says whom to send it to. */
    private FileOutcome reject(Path input, Rejection rejection, OutputFiles outputs) throws IOException {
        String name = input.getFileName().toString();
        writeAtomically(outputs.errorReport(), RejectionReport.of(name, rejection).getBytes(StandardCharsets.UTF_8));
        RejectedEnvelope envelope = RejectedEnvelope.read(input, rejection);
        Optional<Path> acknowledgmentFile = Optional.empty();
        if (envelope.interchangeKnown()) {
            String sender = envelope.senderId().orElse(UNKNOWN_PARTNER);
            Optional<Acknowledgment> acknowledgment = acknowledgments.write(rejection, envelope,
                    controlNumbers.next("ack." + sender), clock.produced());
            if (acknowledgment.isPresent()) {
                Path file = outputs.acknowledgment(acknowledgment.get().kind().fileExtension());
                writeAtomically(file, acknowledgment.get().bytes());
                acknowledgmentFile = Optional.of(file);
            }
        }
        return new FileOutcome.Rejected(rejection, outputs.errorReport(), acknowledgmentFile);
    }

    private static void log(String name, FileOutcome outcome) {
        if (outcome instanceof FileOutcome.Processed processed) {
            LOG.info("Processed {}: {} claims ({} adjudicated, {} forwarded), paid {}", name, processed.claims(),
                    processed.adjudicated(), processed.forwarded(), processed.paid());
        } else if (outcome instanceof FileOutcome.Rejected rejected) {
            LOG.warn("Rejected {}: {}", name, rejected.rejection().summary());
        } else if (outcome instanceof FileOutcome.Duplicate duplicate) {
            LOG.warn("Duplicate {}: {}", name, duplicate.reason().summary());
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

    /**
     * The 835 writer, opened at the first adjudicated claim: only then are the answering envelope
     * and the partner known. Its control number comes from the partner's persistent sequence.
     */
    private final class LazyRemittance implements AutoCloseable {
        private RemittanceWriter writer;

        RemittanceWriter writerFor(ClaimSubmission first) {
            if (writer == null) {
                Envelope inbound = first.envelope();
                Optional<TradingPartner> partner = partners.find(inbound.senderId());
                long controlNumber = controlNumbers.next("835." + inbound.senderId());
                RemittanceEnvelope envelope = new RemittanceEnvelope(
                        partner.map(TradingPartner::receiverQualifier).filter(q -> !q.isEmpty())
                                .orElse(inbound.senderQualifier()),
                        partner.map(TradingPartner::receiverId).orElse(inbound.senderId()),
                        partner.map(TradingPartner::applicationReceiverCode).orElse(inbound.senderId()),
                        controlNumber, controlNumber, clock.produced(), clock.asOf());
                writer = new RemittanceWriter(partner.map(TradingPartner::payer).orElse(payer), filingIndicators,
                        envelope);
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
