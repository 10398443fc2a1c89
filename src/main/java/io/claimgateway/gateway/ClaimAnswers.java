package io.claimgateway.gateway;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.ClaimDecision;
import io.claimgateway.adjudicate.PayerClaimControlNumber;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Envelope;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.ReceivedInterchange;
import io.claimgateway.remit.ClaimAcknowledgment;
import io.claimgateway.remit.ClaimAcknowledgmentWriter;
import io.claimgateway.remit.ClaimFilingIndicators;
import io.claimgateway.remit.ClaimStatus;
import io.claimgateway.remit.RemittanceWriter;
import io.claimgateway.validate.ClaimCheckFailure;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one attempt at a file answers, written claim by claim into staged files: the 835 (opened
 * at the first adjudicated claim, addressed to its sender), a 277CA per sender that takes one, and
 * the claims JSON; then, at {@link #finish}, the 999 and TA1. Nothing is visible until published.
 */
final class ClaimAnswers implements AutoCloseable {

    private final AnsweringEnvelopes envelopes;
    private final ClaimFilingIndicators filingIndicators;
    private final OutputFiles outputs;
    private final StagedOutputs staged;
    private final Path claimsTemp;
    private final OutputStream claimsOut;
    private final ClaimsJsonWriter claimsJson;
    private final Map<String, ClaimAcknowledgmentWriter> claimAcknowledgments = new LinkedHashMap<>();
    private Optional<ClaimAcknowledgmentWriter> currentAcknowledgment = Optional.empty();
    private RemittanceWriter remittance;

    ClaimAnswers(AnsweringEnvelopes envelopes, ClaimFilingIndicators filingIndicators, OutputFiles outputs,
            StagedOutputs staged, String inputName, LocalDate asOf) throws IOException {
        this.envelopes = envelopes;
        this.filingIndicators = filingIndicators;
        this.outputs = outputs;
        this.staged = staged;
        // Without a claims folder the JSON is still written (it counts the file), then dropped.
        this.claimsTemp = outputs.claimsJson().isPresent() ? staged.stage(outputs.claimsJson().get())
                : StagedOutputs.stagedName(outputs.remittance().resolveSibling(
                        outputs.remittance().getFileName() + ".claims"));
        this.claimsOut = new BufferedOutputStream(Files.newOutputStream(claimsTemp));
        this.claimsJson = new ClaimsJsonWriter(claimsOut, inputName, asOf);
    }

    /** A set begins: its sender's 277CA, if the sender takes one, gets a transaction set. */
    void startSet(ReceivedFile.Located located) {
        ReceivedInterchange interchange = located.interchange();
        String sender = interchange.senderId();
        currentAcknowledgment = claimAcknowledgmentsFor(interchange);
        currentAcknowledgment.ifPresent(writer -> writer.startTransactionSet(located.set().controlNumber(),
                envelopes.submitterName(sender), sender));
    }

    void rejected(ClaimSubmission submission, ClaimCheckFailure failure) throws IOException {
        claimsJson.writeRejected(submission, failure);
        currentAcknowledgment.ifPresent(a -> a.accept(new ClaimAcknowledgment(submission, new ClaimStatus.Rejected(
                failure.category(), failure.status(), failure.entity()))));
    }

    void decided(ClaimSubmission submission, ClaimDecision decision) throws IOException {
        claimsJson.write(decision);
        if (decision instanceof AdjudicatedClaim claim) {
            remittanceFor(submission).accept(claim);
        }
        currentAcknowledgment.ifPresent(a -> a.accept(new ClaimAcknowledgment(submission,
                new ClaimStatus.Accepted(PayerClaimControlNumber.of(submission)))));
    }

    /** Closes the claims JSON with the file's totals. */
    void endClaims(ClaimTally tally) throws IOException {
        claimsJson.finish(tally.claims(), tally.adjudicated(), tally.forwarded(), tally.rejected(), tally.paid());
        claimsJson.close();
    }

    /** Stages the 835, TA1, 999 and 277CA beside the claims JSON. */
    FileOutcome finish(ReceivedFile file, FileAcknowledgments fileAcknowledgments, ClaimTally tally)
            throws IOException {
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
        return new FileOutcome.Processed(tally.claims(), tally.adjudicated(), tally.forwarded(), tally.rejected(),
                tally.paid(), remittanceFile, outputs.claimsJson(), answers);
    }

    private Path writeAnswer(String extension, byte[] content) throws IOException {
        Path target = outputs.answer(extension);
        staged.write(target, content);
        return target;
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

    /** Releases the writers' spill files; the staged files stay for the caller to publish or discard. */
    @Override
    public void close() throws IOException {
        claimsJson.close();
        claimsOut.close();
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
