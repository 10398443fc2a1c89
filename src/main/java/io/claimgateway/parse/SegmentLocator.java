package io.claimgateway.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the segment at a byte offset, e.g. where Daffodil reports "data location was preceding
 * byte N", by reading the file again with the delimiters the scanner found. Memory stays constant.
 */
final class SegmentLocator {

    private SegmentLocator() {
    }

    /**
     * @param byteOffset 0-based offset from the start of the stream; an offset in the whitespace
     *                   between two segments belongs to the next segment
     * @return empty when the offset is past the last segment
     */
    static Optional<LocatedSegment> locate(InputStream in, Delimiters delimiters, long byteOffset)
            throws IOException {
        if (byteOffset < 0) {
            return Optional.empty();
        }
        SegmentReader reader = new SegmentReader(in, delimiters);
        String interchange = null;
        String group = null;
        String transaction = null;
        int position = 0;
        while (reader.next()) {
            String tag = reader.tag();
            switch (tag) {
                case "ISA" -> {
                    String[] e = reader.elements();
                    interchange = e.length > 13 ? e[13] : null;
                    group = null;
                    transaction = null;
                }
                case "GS" -> {
                    String[] e = reader.elements();
                    group = e.length > 6 ? e[6] : null;
                    transaction = null;
                }
                case "ST" -> {
                    String[] e = reader.elements();
                    transaction = e.length > 2 ? e[2] : "";
                    position = 0;
                }
                case "GE", "IEA" -> transaction = null;
                default -> {
                }
            }
            if (transaction != null) {
                position++;
            }
            if (reader.terminatorOffset() >= byteOffset) {
                return Optional.of(new LocatedSegment(tag, reader.start(),
                        transaction != null ? OptionalInt.of(position) : OptionalInt.empty(),
                        Optional.ofNullable(interchange), Optional.ofNullable(group), Optional.ofNullable(transaction),
                        reader.text(LocatedSegment.TEXT_LIMIT)));
            }
            if ("SE".equals(tag)) {
                transaction = null;
            }
        }
        return Optional.empty();
    }
}
