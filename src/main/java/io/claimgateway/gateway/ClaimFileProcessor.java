package io.claimgateway.gateway;

import io.claimgateway.adjudicate.ClaimAdjudicator;
import io.claimgateway.adjudicate.HcpcsCodeTable;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.parse.ClaimFileReader;
import io.claimgateway.parse.HistoryKeys;
import io.claimgateway.parse.OrderedSetParser;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.ReceivedGroup;
import io.claimgateway.parse.ReceivedInterchange;
import io.claimgateway.parse.ReceivedSet;
import io.claimgateway.parse.Rejection;
import io.claimgateway.parse.ScanPolicy;
import io.claimgateway.parse.SegmentCheck;
import io.claimgateway.parse.TransactionSummary;
import io.claimgateway.remit.AcknowledgmentWriter;
import io.claimgateway.remit.ClaimFilingIndicators;
import io.claimgateway.remit.PayerIdentity;
import io.claimgateway.store.ControlNumberSequence;
import io.claimgateway.store.FileJournal;
import io.claimgateway.store.GatewayDatabase;
import io.claimgateway.store.JdbcAuthorizationRegistry;
import io.claimgateway.store.JdbcPaidHistory;
import io.claimgateway.store.JdbcProviderRegistry;
import io.claimgateway.store.PatientLocks;
import io.claimgateway.validate.ClaimChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The core path for one input file, and the one owner of its transaction: envelope pass (with the
 * guide's checks) → partner checks → patient locks and duplicate check → each set parsed and each
 * claim adjudicated in file order ({@link SetAdjudication}) → 835, 277CA, 999, TA1 and claims JSON
 * ({@link ClaimAnswers}), or the rejection's report and acknowledgment ({@link FileRejections}). Everything a file writes to the
 * store (paid history, its processed-interchange record) commits in one transaction with its
 * outputs, or rolls back with its rejection, so a rejected or crashed file leaves no trace and
 * can be processed again cleanly; its outputs are only staged, for {@link OutputPublisher} to
 * publish after the commit. The routes (through {@link FileLifecycle}) and replay (through
 * {@link DirectFileProcessor}) all call this.
 */
public final class ClaimFileProcessor {

    private final GatewayDatabase database;
    private final ProgramConfig program;
    private final HcpcsCodeTable codes;
    private final ClaimFilingIndicators filingIndicators;
    private final EnvelopeCheck envelopeCheck;
    private final AdjudicationClock clock;
    private final GatewayMetrics metrics;
    private final ClaimFileReader reader;
    private final OrderedSetParser setParser;
    private final FileRejections rejections;
    private final AnsweringEnvelopes envelopes;
    private final FileAcknowledgments acknowledgments;
    private final ClaimChecks claimChecks = new ClaimChecks();

    ClaimFileProcessor(GatewayDatabase database, ProgramConfig program, HcpcsCodeTable codes,
            PayerIdentity payer, ClaimFilingIndicators filingIndicators, TradingPartners partners,
            ScanPolicy scanPolicy, Function<String, Optional<SegmentCheck>> checks, AdjudicationClock clock,
            GatewayMetrics metrics) {
        this.database = database;
        this.program = program;
        this.codes = codes;
        this.filingIndicators = filingIndicators;
        this.clock = clock;
        this.metrics = metrics;
        ControlNumberSequence controlNumbers = new ControlNumberSequence(database.dataSource());
        this.reader = new ClaimFileReader(scanPolicy, checks);
        this.setParser = new OrderedSetParser(reader, OrderedSetParser.sharedExecutor());
        this.envelopeCheck = new EnvelopeCheck(reader, new PartnerCheck(partners), metrics);
        this.envelopes = new AnsweringEnvelopes(partners, payer, controlNumbers, clock);
        this.acknowledgments = new FileAcknowledgments(envelopes);
        this.rejections = new FileRejections(acknowledgments, new AcknowledgmentWriter(payer), controlNumbers, clock);
    }

    /** A file's committed outcome and its journal entry; its outputs are staged, not yet visible. */
    public record CommittedFile(FileOutcome outcome, FileJournal.Entry entry) {
    }

    /** The first stage: envelopes, guide checks and partner checks; see {@link EnvelopeCheck}. */
    public CheckedFile check(Delivery delivery) throws IOException {
        return envelopeCheck.check(delivery);
    }

    /** Both stages at once, for callers that need no stop between them (replay, tests). */
    CommittedFile commit(Delivery delivery) throws IOException {
        return commit(delivery, check(delivery));
    }

    /**
     * The core path up to the commit: the file's outcome, paid history and journal entry commit in
     * one transaction; its outputs are staged under hidden names for {@link OutputPublisher}.
     */
    public CommittedFile commit(Delivery delivery, CheckedFile checked) throws IOException {
        StagedOutputs staged = new StagedOutputs();
        CommittedFile committed;
        try {
            committed = database.inTransaction(connection -> {
                try {
                    OutputFiles outputs = delivery.outputs();
                    FileOutcome outcome = checked.refused().isPresent()
                            ? rejections.reject(delivery.input(), checked.refused().get(), outputs, staged)
                            : adjudicateInTransaction(connection, delivery, checked, staged);
                    Optional<Path> destination = outputs.inputDestination(outcome.label());
                    Optional<Path> inputPath = outputs.movedInput(delivery.input(), outcome.label());
                    FileJournal.Entry entry = new FileJournal(connection).record(delivery.channel(), delivery.name(),
                            checked.contentSha256(), outcome.label(), inputPath, destination, staged.list());
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
        metrics.fileDone(checked.sender(), committed.outcome().label(), Duration.between(checked.started(), Instant.now()));
        OutcomeLog.log(delivery.name(), committed.outcome());
        return committed;
    }

    private FileOutcome adjudicateInTransaction(Connection connection, Delivery delivery, CheckedFile checked,
            StagedOutputs staged) throws IOException, SQLException {
        Path input = delivery.input();
        String name = delivery.name();
        OutputFiles outputs = delivery.outputs();
        List<TransactionSummary> summaries = checked.summaries();
        ReceivedFile current = checked.received();
        while (true) {
            PatientLocks.acquire(connection, lockKeys(current, summaries));
            DuplicateInterchanges duplicates = new DuplicateInterchanges(connection);
            Optional<Rejection> duplicate = duplicates.check(checked.contentSha256(), summaries);
            if (duplicate.isPresent()) {
                staged.write(outputs.duplicateReport(),
                        RejectionReport.ofDuplicate(name, duplicate.get()).getBytes(StandardCharsets.UTF_8));
                return new FileOutcome.Duplicate(duplicate.get(), outputs.duplicateReport());
            }
            if (current.acceptedSets().isEmpty()) {
                return rejections.rejectAll(input, current, outputs, staged);
            }
            Optional<ReceivedFile> retry;
            FileOutcome outcome = null;
            try (ClaimAnswers answers = new ClaimAnswers(envelopes, filingIndicators, outputs, staged, name,
                    clock.asOf())) {
                SetAdjudication run = new SetAdjudication(setParser, claimChecks, adjudicator(connection), answers);
                retry = run.adjudicate(input, current);
                if (retry.isEmpty()) {
                    LifecycleStep.PARSED.reached();
                    duplicates.record(checked.contentSha256(), summaries, name, Instant.now());
                    outcome = answers.finish(current, acknowledgments, run.tally());
                    metrics.claims(checked.sender(), run.counts());
                }
            }
            if (retry.isEmpty()) {
                return outcome;
            }
            // A set the parser refused: nothing of this attempt stays, the file goes again without it.
            connection.rollback();
            staged.discard();
            current = retry.get();
        }
    }

    private ClaimAdjudicator adjudicator(Connection connection) {
        return new ClaimAdjudicator(program, codes, new JdbcAuthorizationRegistry(connection),
                new JdbcProviderRegistry(connection), new JdbcPaidHistory(connection), clock.asOf());
    }

    /**
     * The patients the file's claims may touch, and its interchanges: two copies of one interchange
     * wait for each other, so the second sees the first's record and is a duplicate.
     */
    private static HistoryKeys lockKeys(ReceivedFile file, List<TransactionSummary> summaries) {
        return file.historyKeys().with(summaries.stream()
                .map(s -> "interchange|" + s.senderId() + "|" + s.interchangeControlNumber()).distinct().toList());
    }
}
