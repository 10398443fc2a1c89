package io.claimgateway.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;

/**
 * One accepted transaction set on its own, as the Smooks parse reads it: its interchange's ISA
 * and its group's GS as received, the set's bytes straight from the file, then a GE and IEA that
 * close just this set. So each set is parsed with its own interchange's delimiters and guide,
 * and a rejected neighbour never reaches the parser.
 */
final class SetStream {

    private final Path file;
    private final ReceivedFile.Located located;
    private final byte[] header;
    private final byte[] trailer;

    SetStream(Path file, ReceivedFile.Located located) {
        this.file = file;
        this.located = located;
        Delimiters d = located.interchange().delimiters();
        String end = d.segmentTerminator() + (d.newlineTerminated() ? "" : "\n");
        String isa = located.interchange().header();
        if (!d.newlineTerminated()) {
            isa += "\n";
        }
        this.header = (isa + located.group().header() + end).getBytes(StandardCharsets.ISO_8859_1);
        char e = d.element();
        this.trailer = ("GE" + e + "1" + e + located.group().controlNumber() + end
                + "IEA" + e + "1" + e + located.interchange().controlNumber() + end)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    InputStream open() throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(located.set().start());
        InputStream body = new BoundedInputStream(Channels.newInputStream(channel),
                located.set().end() - located.set().start());
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(header), body, new ByteArrayInputStream(trailer))));
    }

    /** Offset in the file of an offset in this stream, for offsets inside the set. */
    long fileOffset(long streamOffset) {
        return located.set().start() + streamOffset - header.length;
    }

    /** Reads at most {@code remaining} bytes of a stream, and closes it. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
