package io.claimgateway.gateway;

import io.claimgateway.adjudicate.ClaimAdjudicator;
import io.claimgateway.adjudicate.ClaimDecision;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.parse.ClaimFileReader;
import io.claimgateway.parse.OrderedSetParser;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.validate.ClaimCheckFailure;
import io.claimgateway.validate.ClaimChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One attempt at a file's accepted sets: each set parsed on its own, each claim checked, then
 * adjudicated (or rejected alone) in file order, into its {@link ClaimAnswers}. A set the parser
 * refuses ends the attempt: the caller rolls back and tries again without it.
 */
final class SetAdjudication {

    private final OrderedSetParser parser;
    private final ClaimChecks claimChecks;
    private final ClaimAdjudicator adjudicator;
    private final ClaimAnswers answers;
    private final GatewayMetrics.ClaimCounts counts = new GatewayMetrics.ClaimCounts();
    private final ClaimTally tally = new ClaimTally();

    SetAdjudication(OrderedSetParser parser, ClaimChecks claimChecks, ClaimAdjudicator adjudicator,
            ClaimAnswers answers) {
        this.parser = parser;
        this.claimChecks = claimChecks;
        this.adjudicator = adjudicator;
        this.answers = answers;
    }

    /** @return the file with one more set rejected, when the parser refused one */
    Optional<ReceivedFile> adjudicate(Path input, ReceivedFile file) throws IOException {
        Consumer consumer = new Consumer();
        Optional<ClaimFileReader.SetResult.Rejected> refused = parser.parse(input, file.acceptedSets(), consumer);
        if (refused.isPresent()) {
            return Optional.of(file.replacing(consumer.current.set(), refused.get().set()));
        }
        answers.endClaims(tally);
        return Optional.empty();
    }

    GatewayMetrics.ClaimCounts counts() {
        return counts;
    }

    ClaimTally tally() {
        return tally;
    }

    private void decide(ClaimSubmission submission) throws IOException {
        Optional<ClaimCheckFailure> failure = claimChecks.check(submission);
        if (failure.isPresent()) {
            tally.rejectedAlone();
            counts.rejected();
            answers.rejected(submission, failure.get());
            return;
        }
        ClaimDecision decision = adjudicator.adjudicate(submission);
        tally.decided(decision);
        counts.decided(decision);
        answers.decided(submission, decision);
    }

    /** Takes the parsed sets' claims in file order. */
    private final class Consumer implements OrderedSetParser.Consumer {
        private ReceivedFile.Located current;

        @Override
        public void startSet(ReceivedFile.Located located) {
            current = located;
            answers.startSet(located);
        }

        @Override
        public void claim(ClaimSubmission submission) throws IOException {
            decide(submission);
        }
    }
}
