package io.claimgateway.gateway;

import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.RejectedEnvelope;
import io.claimgateway.parse.Rejection;
import io.claimgateway.remit.Acknowledgment;
import io.claimgateway.remit.AcknowledgmentWriter;
import io.claimgateway.store.ControlNumberSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Stages what a rejected file is answered with: the operator's report, and the TA1 or 999 due. */
final class FileRejections {

    static final String UNKNOWN_SENDER = "unknown";

    private final FileAcknowledgments acknowledgments;
    private final AcknowledgmentWriter rejectionAcknowledgments;
    private final ControlNumberSequence controlNumbers;
    private final AdjudicationClock clock;

    FileRejections(FileAcknowledgments acknowledgments, AcknowledgmentWriter rejectionAcknowledgments,
            ControlNumberSequence controlNumbers, AdjudicationClock clock) {
        this.acknowledgments = acknowledgments;
        this.rejectionAcknowledgments = rejectionAcknowledgments;
        this.controlNumbers = controlNumbers;
        this.clock = clock;
    }

    /** Nothing of the file is accepted: the report names its first problem, the acknowledgments all. */
    FileOutcome rejectAll(Path input, ReceivedFile received, OutputFiles outputs, StagedOutputs staged)
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
    FileOutcome reject(Path input, Rejection rejection, OutputFiles outputs, StagedOutputs staged)
            throws IOException {
        String name = input.getFileName().toString();
        staged.write(outputs.errorReport(), RejectionReport.of(name, rejection).getBytes(StandardCharsets.UTF_8));
        RejectedEnvelope envelope = RejectedEnvelope.read(input, rejection);
        Optional<Path> acknowledgmentFile = Optional.empty();
        if (envelope.interchangeKnown()) {
            String sender = envelope.senderId().orElse(UNKNOWN_SENDER);
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
}
