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
import io.claimgateway.parse.OrderedSetParser;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.ReceivedGroup;
import io.claimgateway.parse.ReceivedInterchange;
import io.claimgateway.parse.ReceivedSet;
import io.claimgateway.parse.SegmentCheck;
import io.claimgateway.parse.TransactionSummary;
import io.claimgateway.adjudicate.PayerClaimControlNumber;
import io.claimgateway.remit.ClaimAcknowledgment;
import io.claimgateway.remit.ClaimAcknowledgmentWriter;
import io.claimgateway.remit.ClaimStatus;
import io.claimgateway.validate.ClaimCheckFailure;
import io.claimgateway.validate.ClaimChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.claimgateway.remit.Acknowledgment;
import io.claimgateway.remit.AcknowledgmentWriter;
import io.claimgateway.remit.ClaimFilingIndicators;
import io.claimgateway.remit.PayerIdentity;
import io.claimgateway.remit.RemittanceWriter;
import io.claimgateway.store.AdjudicationLock;
import io.claimgateway.store.ControlNumberSequence;
import io.claimgateway.store.FileJournal;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The core path for one input file: envelope scan → partner and duplicate checks → Smooks parse,
 * adjudicating each claim as it is parsed → 835 and claims JSON. Everything a file writes to the
 * store (paid history, its processed-interchange record) commits in one transaction with its
 * outputs, or rolls back with its rejection, so a rejected or crashed file leaves no trace and
 * can be processed again cleanly; its outputs are only staged, for {@link OutputPublisher} to
 * publish after the commit. The routes (through {@link FileLifecycle}) and replay (through
 * {@link DirectFileProcessor}) all call this.
 */
public final class ClaimFileProcessor {

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
    private final OrderedSetParser setParser;
    private final AcknowledgmentWriter rejectionAcknowledgments;
    private final AnsweringEnvelopes envelopes;
    private final FileAcknowledgments acknowledgments;
    private final ClaimChecks claimChecks = new ClaimChecks();

    public ClaimFileProcessor(GatewayDatabase database, ProgramConfig program, HcpcsCodeTable codes,
            PayerIdentity payer, ClaimFilingIndicators filingIndicators, TradingPartners partners,
            ScanPolicy scanPolicy, Function<String, Optional<SegmentCheck>> checks, AdjudicationClock clock,
            GatewayMetrics metrics) {
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
        this.reader = new ClaimFileReader(scanPolicy, checks);
        this.setParser = new OrderedSetParser(reader, OrderedSetParser.sharedExecutor());
        this.rejectionAcknowledgments = new AcknowledgmentWriter(payer);
        this.envelopes = new AnsweringEnvelopes(partners, payer, controlNumbers, clock);
        this.acknowledgments = new FileAcknowledgments(envelopes);
    }

    /** A file's committed outcome and its journal entry; its outputs are staged, not yet visible. */
    public record CommittedFile(FileOutcome outcome, FileJournal.Entry entry) {
    }

    /**
     * The core path up to the commit: the file's outcome, paid history and journal entry commit in
     * one transaction; its outputs are staged under hidden names for {@link OutputPublisher}.
     *
     * @param journalChannel how the file came (the journal's channel: inbox, a partner id, direct)
     * @param partner        the partner whose own channel delivered the file, if any
     * @param firstAttempt   false on a retry of the same delivery, which is not received again
     */
    public CommittedFile commit(Path input, OutputFiles outputs, String journalChannel, Optional<String> partner,
            boolean firstAttempt) throws IOException {
        Instant started = Instant.now();
        String name = input.getFileName().toString();
        ReceivedFile received = reader.readEnvelopes(input);
        String sender = received.interchanges().stream().map(ReceivedInterchange::senderId)
                .filter(id -> !id.isEmpty()).findFirst().orElse(UNKNOWN_PARTNER);
        if (firstAttempt) {
            metrics.fileReceived(sender);
        }
        String contentSha256 = ContentDigest.sha256(input);
        StagedOutputs staged = new StagedOutputs();
        CommittedFile committed;
        try {
            committed = database.inTransaction(connection -> {
                try {
                    FileOutcome outcome = received.unreadable().isPresent()
                            ? reject(input, received.unreadable().get(), outputs, staged)
                            : processInTransaction(connection, input, received, sender, partner, outputs, staged,
                                    contentSha256);
                    Optional<Path> destination = outputs.inputDestination(outcome.label());
                    Optional<Path> inputPath = outputs.movedInput(input, outcome.label());
                    FileJournal.Entry entry = new FileJournal(connection).record(journalChannel, name,
                            contentSha256, outcome.label(), inputPath, destination, staged.list());
                    LifecycleStep.STAGED.reached();
                    return new CommittedFile(outcome, entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            staged.discard();
            throw e;
        }
        LifecycleStep.COMMITTED.reached();
        metrics.fileDone(sender, committed.outcome().label(), Duration.between(started, Instant.now()));
        OutcomeLog.log(name, committed.outcome());
        return committed;
    }

    private FileOutcome processInTransaction(Connection connection, Path input, ReceivedFile received,
            String partner, Optional<String> channel, OutputFiles outputs, StagedOutputs staged,
            String contentSha256) throws IOException, SQLException {
        String name = input.getFileName().toString();
        received = partnerCheck.rejectGroupsNotSetUp(received);
        List<TransactionSummary> summaries = summaries(received);
        Optional<Rejection> refused = partnerCheck.check(summaries, channel);
        if (refused.isPresent()) {
            return reject(input, refused.get(), outputs, staged);
        }
        ReceivedFile current = received;
        while (true) {
            AdjudicationLock.acquire(connection);
            DuplicateInterchanges duplicates = new DuplicateInterchanges(connection);
            Optional<Rejection> duplicate = duplicates.check(contentSha256, summaries);
            if (duplicate.isPresent()) {
                staged.write(outputs.duplicateReport(),
                        RejectionReport.ofDuplicate(name, duplicate.get()).getBytes(StandardCharsets.UTF_8));
                return new FileOutcome.Duplicate(duplicate.get(), outputs.duplicateReport());
            }
            if (current.acceptedSets().isEmpty()) {
                return rejectAll(input, current, outputs, staged);
            }
            SetAdjudication run = new SetAdjudication(connection, input, current, outputs, staged);
            Optional<ReceivedFile> retry = run.adjudicate();
            if (retry.isPresent()) {
                // A set the parser refused: nothing of this attempt stays, the file goes again without it.
                connection.rollback();
                staged.discard();
                current = retry.get();
                continue;
            }
            LifecycleStep.PARSED.reached();
            duplicates.record(contentSha256, summaries, name, Instant.now());
            FileOutcome outcome = run.finish(acknowledgments);
            metrics.claims(partner, run.counts);
            return outcome;
        }
    }

    /**
     * Every set of every accepted group: who sent what, for the partner and duplicate checks. A
     * group rejected at its envelope is answered for what it is, not for the guide it names.
     */
    private static List<TransactionSummary> summaries(ReceivedFile received) {
        List<TransactionSummary> summaries = new ArrayList<>();
        for (ReceivedInterchange interchange : received.interchanges()) {
            if (!interchange.accepted()) {
                continue;
            }
            for (ReceivedGroup group : interchange.groups().stream().filter(ReceivedGroup::accepted).toList()) {
                for (ReceivedSet set : group.sets()) {
                    summaries.add(new TransactionSummary(interchange.senderId(), interchange.controlNumber(),
                            group.controlNumber(), set.controlNumber(), set.version(), set.segmentCount(),
                            set.start()));
                }
            }
        }
        return summaries;
    }

    /** Nothing of the file is accepted: the report names its first problem, the acknowledgments all. */
    private FileOutcome rejectAll(Path input, ReceivedFile received, OutputFiles outputs, StagedOutputs staged)
            throws IOException {
        Rejection first = received.firstProblem().orElseThrow();
        String name = input.getFileName().toString();
        staged.write(outputs.errorReport(), RejectionReport.of(name, first).getBytes(StandardCharsets.UTF_8));
        Optional<Path> acknowledgment = Optional.empty();
        Optional<String> ta1 = acknowledgments.interchangeAcknowledgments(received);
        if (ta1.isPresent()) {
            Path file = outputs.acknowledgment("ta1");
            staged.write(file, ta1.get().getBytes(StandardCharsets.US_ASCII));
            acknowledgment = Optional.of(file);
        }
        Optional<String> ack999 = acknowledgments.implementationAcknowledgments(received);
        if (ack999.isPresent()) {
            Path file = outputs.acknowledgment("999");
            staged.write(file, ack999.get().getBytes(StandardCharsets.US_ASCII));
            acknowledgment = Optional.of(file);
        }
        return new FileOutcome.Rejected(first, outputs.errorReport(), acknowledgment);
    }

    /** The report, and the TA1 or 999 X12 has for the problem when the file says whom to send it to. */
    private FileOutcome reject(Path input, Rejection rejection, OutputFiles outputs, StagedOutputs staged)
            throws IOException {
        String name = input.getFileName().toString();
        staged.write(outputs.errorReport(), RejectionReport.of(name, rejection).getBytes(StandardCharsets.UTF_8));
        RejectedEnvelope envelope = RejectedEnvelope.read(input, rejection);
        Optional<Path> acknowledgmentFile = Optional.empty();
        if (envelope.interchangeKnown()) {
            String sender = envelope.senderId().orElse(UNKNOWN_PARTNER);
            Optional<Acknowledgment> acknowledgment = rejectionAcknowledgments.write(rejection, envelope,
                    controlNumbers.next("ack." + sender), clock.produced());
            if (acknowledgment.isPresent()) {
                Path file = outputs.acknowledgment(acknowledgment.get().kind().fileExtension());
                staged.write(file, acknowledgment.get().bytes());
                acknowledgmentFile = Optional.of(file);
            }
        }
        return new FileOutcome.Rejected(rejection, outputs.errorReport(), acknowledgmentFile);
    }

    /**
     * One attempt at a file's accepted sets: each set parsed on its own, each claim checked, then
     * adjudicated (or rejected alone), into the 835, the 277CA and the claims JSON, all still in
     * staged files. A set the parser refuses ends the attempt: the caller rolls back and tries
     * again without it. {@link #finish} stages the rest once the file is done.
     */
    private final class SetAdjudication {
        private final Connection connection;
        private final Path input;
        private final ReceivedFile file;
        private final OutputFiles outputs;
        private final StagedOutputs staged;
        private final GatewayMetrics.ClaimCounts counts = new GatewayMetrics.ClaimCounts();
        private final Tally tally = new Tally();
        private final Path claimsTemp;
        private RemittanceWriter remittance;
        private final Map<String, ClaimAcknowledgmentWriter> claimAcknowledgments = new LinkedHashMap<>();

        SetAdjudication(Connection connection, Path input, ReceivedFile file, OutputFiles outputs,
                StagedOutputs staged) throws IOException {
            this.connection = connection;
            this.input = input;
            this.file = file;
            this.outputs = outputs;
            this.staged = staged;
            this.claimsTemp = outputs.claimsJson().isPresent() ? staged.stage(outputs.claimsJson().get())
                    : StagedOutputs.stagedName(outputs.remittance().resolveSibling(
                            outputs.remittance().getFileName() + ".claims"));
        }

        /** @return the file with one more set rejected, when the parser refused one */
        Optional<ReceivedFile> adjudicate() throws IOException {
            ClaimAdjudicator adjudicator = new ClaimAdjudicator(program, codes,
                    new JdbcAuthorizationRegistry(connection), new JdbcProviderRegistry(connection),
                    new JdbcPaidHistory(connection), clock.asOf());
            boolean done = false;
            try (OutputStream claimsOut = new BufferedOutputStream(Files.newOutputStream(claimsTemp));
                    ClaimsJsonWriter claimsJson = new ClaimsJsonWriter(claimsOut, input.getFileName().toString(),
                            clock.asOf())) {
                SetConsumer consumer = new SetConsumer(adjudicator, claimsJson);
                Optional<ClaimFileReader.SetResult.Rejected> refused =
                        setParser.parse(input, file.acceptedSets(), consumer);
                if (refused.isPresent()) {
                    close();
                    return Optional.of(file.replacing(consumer.current.set(), refused.get().set()));
                }
                claimsJson.finish(tally.claims, tally.adjudicated, tally.forwarded, tally.rejected, tally.paid);
                done = true;
            } finally {
                if (!done) {
                    close();
                }
            }
            return Optional.empty();
        }

        /** Takes the parsed sets' claims in file order: each set opens its 277CA, each claim is decided. */
        private final class SetConsumer implements OrderedSetParser.Consumer {
            private final ClaimAdjudicator adjudicator;
            private final ClaimsJsonWriter claimsJson;
            private ReceivedFile.Located current;
            private Optional<ClaimAcknowledgmentWriter> acknowledgment = Optional.empty();

            SetConsumer(ClaimAdjudicator adjudicator, ClaimsJsonWriter claimsJson) {
                this.adjudicator = adjudicator;
                this.claimsJson = claimsJson;
            }

            @Override
            public void startSet(ReceivedFile.Located located) {
                current = located;
                String sender = located.interchange().senderId();
                acknowledgment = claimAcknowledgmentsFor(located.interchange());
                acknowledgment.ifPresent(writer -> writer.startTransactionSet(located.set().controlNumber(),
                        envelopes.submitterName(sender), sender));
            }

            @Override
            public void claim(ClaimSubmission submission) throws IOException {
                decide(submission, adjudicator, claimsJson, acknowledgment);
            }
        }

        private void decide(ClaimSubmission submission, ClaimAdjudicator adjudicator, ClaimsJsonWriter claimsJson,
                Optional<ClaimAcknowledgmentWriter> acknowledgment) throws IOException {
            Optional<ClaimCheckFailure> failure = claimChecks.check(submission);
            if (failure.isPresent()) {
                tally.rejected++;
                tally.claims++;
                counts.rejected();
                claimsJson.writeRejected(submission, failure.get());
                acknowledgment.ifPresent(a -> a.accept(new ClaimAcknowledgment(submission, new ClaimStatus.Rejected(
                        failure.get().category(), failure.get().status(), failure.get().entity()))));
                return;
            }
            ClaimDecision decision = adjudicator.adjudicate(submission);
            tally.count(decision);
            counts.decided(decision);
            claimsJson.write(decision);
            if (decision instanceof AdjudicatedClaim claim) {
                remittanceFor(submission).accept(claim);
            }
            acknowledgment.ifPresent(a -> a.accept(new ClaimAcknowledgment(submission,
                    new ClaimStatus.Accepted(PayerClaimControlNumber.of(submission)))));
        }

        /** The 835 writer, opened at the first adjudicated claim, addressed to that claim's sender. */
        private RemittanceWriter remittanceFor(ClaimSubmission first) {
            if (remittance == null) {
                Envelope inbound = first.envelope();
                remittance = new RemittanceWriter(envelopes.payerFor(inbound.senderId()), filingIndicators,
                        envelopes.to(inbound.senderQualifier(), inbound.senderId(), "835"));
            }
            return remittance;
        }

        /** The sender's 277CA writer, opened at its first set; none for a partner that takes no 277CA. */
        private Optional<ClaimAcknowledgmentWriter> claimAcknowledgmentsFor(ReceivedInterchange interchange) {
            if (!envelopes.wants(interchange.senderId(), "277")) {
                return Optional.empty();
            }
            return Optional.of(claimAcknowledgments.computeIfAbsent(
                    interchange.senderQualifier() + "/" + interchange.senderId(),
                    key -> new ClaimAcknowledgmentWriter(envelopes.payerFor(interchange.senderId()),
                            envelopes.to(interchange.senderQualifier(), interchange.senderId(), "277"))));
        }

        /** Stages the 835, 277CA, 999 and TA1 beside each other (the claims JSON is staged already). */
        FileOutcome finish(FileAcknowledgments fileAcknowledgments) throws IOException {
            try {
                List<Path> answers = new ArrayList<>();
                Optional<Path> remittanceFile = Optional.empty();
                if (remittance != null) {
                    Path temp = staged.stage(outputs.remittance());
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                        remittance.finish(out);
                    }
                    remittanceFile = Optional.of(outputs.remittance());
                }
                Optional<String> ta1 = fileAcknowledgments.interchangeAcknowledgments(file);
                if (ta1.isPresent()) {
                    answers.add(writeAnswer("ta1", ta1.get().getBytes(StandardCharsets.US_ASCII)));
                }
                Optional<String> ack999 = fileAcknowledgments.implementationAcknowledgments(file);
                if (ack999.isPresent()) {
                    answers.add(writeAnswer("999", ack999.get().getBytes(StandardCharsets.US_ASCII)));
                }
                // Only senders that take a 277CA have a writer (see claimAcknowledgmentsFor).
                List<ClaimAcknowledgmentWriter> claimStatus = claimAcknowledgments.values().stream()
                        .filter(writer -> !writer.isEmpty()).toList();
                if (!claimStatus.isEmpty()) {
                    Path target = outputs.answer("277");
                    Path temp = staged.stage(target);
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                        for (ClaimAcknowledgmentWriter writer : claimStatus) {
                            writer.finish(out);
                        }
                    }
                    answers.add(target);
                }
                Optional<Path> claimsFile = Optional.empty();
                if (outputs.claimsJson().isPresent()) {
                    claimsFile = outputs.claimsJson();
                }
                return new FileOutcome.Processed(tally.claims, tally.adjudicated, tally.forwarded, tally.rejected,
                        tally.paid, remittanceFile, claimsFile, answers);
            } finally {
                close();
            }
        }

        private Path writeAnswer(String extension, byte[] content) throws IOException {
            Path target = outputs.answer(extension);
            staged.write(target, content);
            return target;
        }

        private void close() throws IOException {
            if (remittance != null) {
                remittance.close();
            }
            for (ClaimAcknowledgmentWriter writer : claimAcknowledgments.values()) {
                writer.close();
            }
            if (outputs.claimsJson().isEmpty()) {
                Files.deleteIfExists(claimsTemp);
            }
        }
    }

    private static final class Tally {
        int claims;
        int adjudicated;
        int forwarded;
        int rejected;
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
