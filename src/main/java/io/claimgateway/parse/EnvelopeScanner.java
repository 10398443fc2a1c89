package io.claimgateway.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The all-or-nothing view of {@link EnvelopeReader}: a file is accepted only when its envelope
 * model holds no problem at all, otherwise rejected with the first problem in file order. For
 * tools (bench, corpus checks) that want one verdict per file; the gateway itself uses the model.
 */
public final class EnvelopeScanner {

    private final EnvelopeReader reader;

    public EnvelopeScanner(ScanPolicy policy) {
        this.reader = new EnvelopeReader(Objects.requireNonNull(policy, "policy"));
    }

    public ScanResult scan(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in);
        }
    }

    /** Reads the stream to its end; does not close it. */
    ScanResult scan(InputStream in) throws IOException {
        return verdict(reader.read(in));
    }

    static ScanResult verdict(ReceivedFile file) {
        if (file.firstProblem().isPresent()) {
            return new ScanResult.Rejected(file.firstProblem().get());
        }
        List<TransactionSummary> transactions = new ArrayList<>();
        for (ReceivedInterchange interchange : file.interchanges()) {
            for (ReceivedGroup group : interchange.groups()) {
                for (ReceivedSet set : group.sets()) {
                    transactions.add(new TransactionSummary(interchange.senderId(), interchange.controlNumber(),
                            group.controlNumber(), set.controlNumber(), set.version(), set.segmentCount(),
                            set.start()));
                }
            }
        }
        return new ScanResult.Accepted(file.interchanges().get(0).delimiters(), transactions);
    }
}
