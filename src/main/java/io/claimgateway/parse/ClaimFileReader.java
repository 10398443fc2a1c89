package io.claimgateway.parse;

import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.SegmentErrorCode;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads an 837 file into claims: the envelope pass builds the file's envelope model (every
 * problem at its level), then Smooks parses each accepted transaction set on its own, streaming
 * each claim to the sink. Bad input gives a rejected set or file, never an exception.
 */
public final class ClaimFileReader {

    private final EnvelopeReader envelopes;
    private final SmooksClaimParser parser = new SmooksClaimParser();

    public ClaimFileReader(ScanPolicy policy) {
        this(policy, version -> Optional.empty());
    }

    public ClaimFileReader(ScanPolicy policy, Function<String, Optional<SegmentCheck>> checks) {
        this.envelopes = new EnvelopeReader(policy, checks);
    }

    /** What reading a whole file gave, all or nothing: for tools that want one verdict per file. */
    public sealed interface Result {
        record Read(List<TransactionSummary> transactions, int claims) implements Result {
        }

        record Rejected(Rejection rejection) implements Result {
        }
    }

    /** What the parse of one accepted transaction set gave. */
    public sealed interface SetResult {
        record Parsed(int claims) implements SetResult {
        }

        /** @param set the set as the 999 must now report it */
        record Rejected(ReceivedSet set) implements SetResult {
        }
    }

    /** Every set must be accepted and parse; the first problem otherwise. */
    public Result read(Path file, Consumer<ClaimSubmission> sink) throws IOException {
        ReceivedFile received = readEnvelopes(file);
        ScanResult verdict = EnvelopeScanner.verdict(received);
        if (verdict instanceof ScanResult.Rejected rejected) {
            return new Result.Rejected(rejected.rejection());
        }
        int claims = 0;
        for (ReceivedFile.Located located : received.acceptedSets()) {
            SetResult result = parse(file, located, claims, sink);
            if (result instanceof SetResult.Rejected rejected) {
                return new Result.Rejected(rejected.set().firstProblem().orElseThrow());
            }
            claims += ((SetResult.Parsed) result).claims();
        }
        return new Result.Read(((ScanResult.Accepted) verdict).transactions(), claims);
    }

    /** The envelope pass alone. */
    public ReceivedFile readEnvelopes(Path file) throws IOException {
        return envelopes.read(file);
    }

    /**
     * The Smooks parse of one accepted set, streaming each claim to the sink.
     *
     * @param claimsBefore claims of the file already parsed: the set's claims are numbered on from there
     */
    SetResult parse(Path file, ReceivedFile.Located located, int claimsBefore,
            Consumer<ClaimSubmission> sink) throws IOException {
        SetStream stream = new SetStream(file, located);
        ClaimForm form = ClaimForm.INSTITUTIONAL.implementationGuide().equals(located.set().version())
                ? ClaimForm.INSTITUTIONAL : ClaimForm.PROFESSIONAL;
        Consumer<ClaimSubmission> numbered = claim -> sink.accept(claim.numberedAfter(claimsBefore));
        try (InputStream in = new BufferedInputStream(stream.open(), 1 << 16)) {
            return new SetResult.Parsed(parser.parse(in, form, located.interchange().delimiters(), numbered));
        } catch (ClaimParseException e) {
            return new SetResult.Rejected(rejected(stream, located, e));
        }
    }

    private static ReceivedSet rejected(SetStream stream, ReceivedFile.Located located, ClaimParseException e)
            throws IOException {
        ReceivedSet set = located.set();
        Optional<LocatedSegment> segment = Optional.empty();
        if (e.byteOffset().isPresent()) {
            try (InputStream in = new BufferedInputStream(stream.open(), 1 << 16)) {
                segment = SegmentLocator.locate(in, located.interchange().delimiters(), e.byteOffset().getAsLong())
                        .filter(s -> s.positionInTransaction().isPresent());
            }
        }
        if (segment.isPresent()) {
            LocatedSegment found = segment.get();
            int position = found.positionInTransaction().getAsInt();
            Rejection located0 = Rejection.structure(found);
            Rejection problem = new Rejection(located0.reason(), located0.message() + " (parser: " + e.getMessage()
                    + ")", located0.segmentPosition(), located0.segmentTag(),
                    java.util.OptionalLong.of(stream.fileOffset(found.byteOffset())),
                    located0.interchangeControlNumber(), located0.groupControlNumber(),
                    located0.transactionControlNumber());
            SegmentError error = new SegmentError(found.tag(), position, Optional.empty(),
                    SegmentErrorCode.UNEXPECTED_SEGMENT, List.of(), problem.message());
            return set.rejectedBy(problem, Optional.of(error), List.of());
        }
        RejectionReason reason = e.segmentTag() != null ? RejectionReason.CLAIM_DATA : RejectionReason.STRUCTURE;
        Rejection problem = Rejection.of(reason, (e.segmentTag() != null ? "" : "The schema cannot place the data: ")
                + e.getMessage())
                .withByteOffset(set.start())
                .withControlNumbers(Optional.of(located.interchange().controlNumber()),
                        Optional.of(located.group().controlNumber()), Optional.of(set.controlNumber()));
        if (e.segmentTag() != null) {
            problem = problem.withTag(e.segmentTag());
        }
        // Without a position there is no IK3 to write: IK502 "5" says segments are in error.
        return set.rejectedBy(problem, Optional.empty(), List.of("5"));
    }
}
