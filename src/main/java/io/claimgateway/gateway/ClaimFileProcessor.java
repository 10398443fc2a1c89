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
    private final PartnerCheck partnerCheck;
    private final AdjudicationClock clock;
    private final GatewayMetrics metrics;
    private final ClaimFileReader reader;
    private final OrderedSetParser setParser;
    private final FileRejections rejections;
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
        this.filingIndicators = filingIndicators;
        this.partnerCheck = new PartnerCheck(partners);
        this.clock = clock;
        this.metrics = metrics;
        ControlNumberSequence controlNumbers = new ControlNumberSequence(database.dataSource());
        this.reader = new ClaimFileReader(scanPolicy, checks);
        this.setParser = new OrderedSetParser(reader, OrderedSetParser.sharedExecutor());
        this.envelopes = new AnsweringEnvelopes(partners, payer, controlNumbers, clock);
        this.acknowledgments = new FileAcknowledgments(envelopes);
        this.rejections = new FileRejections(acknowledgments, new AcknowledgmentWriter(payer), controlNumbers, clock);
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
                .filter(id -> !id.isEmpty()).findFirst().orElse(FileRejections.UNKNOWN_SENDER);
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
                            ? rejections.reject(input, received.unreadable().get(), outputs, staged)
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
            return rejections.reject(input, refused.get(), outputs, staged);
        }
        ReceivedFile current = received;
        while (true) {
            PatientLocks.acquire(connection, lockKeys(current, summaries));
            DuplicateInterchanges duplicates = new DuplicateInterchanges(connection);
            Optional<Rejection> duplicate = duplicates.check(contentSha256, summaries);
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
                    duplicates.record(contentSha256, summaries, name, Instant.now());
                    outcome = answers.finish(current, acknowledgments, run.tally());
                    metrics.claims(partner, run.counts());
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
}
