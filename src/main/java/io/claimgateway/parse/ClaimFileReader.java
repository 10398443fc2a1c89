package io.claimgateway.parse;

import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an 837 file into claims: the envelope scanner checks envelope, counts and version first
 * (and finds the delimiters), then Smooks parses the claims, streaming each to the sink. A file
 * that fails either step gives a {@link Rejection}; nothing is thrown for bad input.
 */
public final class ClaimFileReader {

    private final EnvelopeScanner scanner;
    private final SmooksClaimParser parser = new SmooksClaimParser();

    public ClaimFileReader(ScanPolicy policy) {
        this.scanner = new EnvelopeScanner(policy);
    }

    /** What reading a file gave: the claims went to the sink, or the file is rejected. */
    public sealed interface Result {
        record Read(ClaimForm form, List<TransactionSummary> transactions, int claims) implements Result {
        }

        record Rejected(Rejection rejection) implements Result {
        }
    }

    public Result read(Path file, Consumer<ClaimSubmission> sink) throws IOException {
        ScanResult scan = scan(file);
        if (scan instanceof ScanResult.Rejected rejected) {
            return new Result.Rejected(rejected.rejection());
        }
        return parse(file, (ScanResult.Accepted) scan, sink);
    }

    /** The envelope pre-check alone: delimiters, envelopes, counts, versions. */
    public ScanResult scan(Path file) throws IOException {
        return scanner.scan(file);
    }

    /** The Smooks parse of a file the scanner accepted, streaming each claim to the sink. */
    public Result parse(Path file, ScanResult.Accepted accepted, Consumer<ClaimSubmission> sink) throws IOException {
        Optional<ClaimForm> form = singleForm(accepted.transactions());
        if (form.isEmpty()) {
            return new Result.Rejected(Rejection.of(RejectionReason.MIXED_CLAIM_FORMS,
                    "The file holds both 837P (005010X222A1) and 837I (005010X223A2) transaction sets"));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int claims = parser.parse(in, form.get(), accepted.delimiters(), sink);
            return new Result.Read(form.get(), accepted.transactions(), claims);
        } catch (ClaimParseException e) {
            return new Result.Rejected(rejection(file, accepted.delimiters(), e));
        }
    }

    private static Optional<ClaimForm> singleForm(List<TransactionSummary> transactions) {
        ClaimForm form = null;
        for (TransactionSummary transaction : transactions) {
            ClaimForm this837 = transaction.version().equals(ClaimForm.INSTITUTIONAL.implementationGuide())
                    ? ClaimForm.INSTITUTIONAL : ClaimForm.PROFESSIONAL;
            if (form != null && form != this837) {
                return Optional.empty();
            }
            form = this837;
        }
        return Optional.ofNullable(form);
    }

    private static Rejection rejection(Path file, Delimiters delimiters, ClaimParseException e) throws IOException {
        if (e.segmentTag() != null) {
            return Rejection.of(RejectionReason.CLAIM_DATA, e.getMessage()).withTag(e.segmentTag());
        }
        Optional<LocatedSegment> segment = e.byteOffset().isPresent()
                ? SegmentLocator.locate(file, delimiters, e.byteOffset().getAsLong())
                : Optional.empty();
        if (segment.isEmpty()) {
            return Rejection.of(RejectionReason.STRUCTURE, "The schema cannot place the data: " + e.getMessage());
        }
        Rejection located = Rejection.structure(segment.get());
        return new Rejection(located.reason(), located.message() + " (parser: " + e.getMessage() + ")",
                located.segmentPosition(), located.segmentTag(), located.byteOffset(),
                located.interchangeControlNumber(), located.groupControlNumber(),
                located.transactionControlNumber());
    }
}
