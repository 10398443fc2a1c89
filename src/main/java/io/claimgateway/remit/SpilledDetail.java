package io.claimgateway.remit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One transaction set of a streaming writer (835, 277CA): its header, written last because it
 * carries totals, then the detail loops spilled to a file while claims arrived, then SE.
 */
final class SpilledDetail {

    private SpilledDetail() {
    }

    /** Writes ST..SE: {@code header} writes from ST on; SE01 counts the header, the detail and SE. */
    static void writeTransaction(Writer writer, SegmentWriter segments, String st02, Consumer<SegmentWriter> header,
            Path detail, long detailSegments) throws IOException {
        long start = segments.count();
        header.accept(segments);
        long headerSegments = segments.count() - start;
        writer.flush();
        try (Reader spilled = Files.newBufferedReader(detail, StandardCharsets.US_ASCII)) {
            spilled.transferTo(writer);
        }
        segments.write("SE", Long.toString(headerSegments + detailSegments + 1), st02);
    }
}
