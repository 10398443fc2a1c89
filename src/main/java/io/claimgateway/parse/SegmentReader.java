package io.claimgateway.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into segments without holding them: each call to {@link #next()} reuses one
 * bounded buffer, so memory stays the same for any file size. Bytes are read as ISO-8859-1, so a
 * character index is a byte offset. Whitespace after a terminator is skipped; when line breaks are
 * the terminator, CR and LF both end a segment.
 */
final class SegmentReader {

    /** Characters kept of each segment; envelope segments are far shorter. */
    static final int CAPTURE_LIMIT = 2048;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferPosition;
    private int bufferLimit;
    private long nextOffset;

    private char element;
    private char terminator;
    private boolean newlineTerminated;

    private final char[] text = new char[CAPTURE_LIMIT];
    private int captured;
    private long length;
    private long start;
    private long terminatorOffset;
    private boolean terminated;
    private char lastTerminator;

    SegmentReader(InputStream in, Delimiters delimiters) {
        this.in = in;
        use(delimiters);
    }

    /** From the next segment on, splits with another interchange's delimiters. */
    void use(Delimiters delimiters) {
        this.element = delimiters.element();
        this.terminator = delimiters.segmentTerminator();
        this.newlineTerminated = delimiters.newlineTerminated();
    }

    /** Moves to the next segment; false when nothing but whitespace is left. */
    boolean next() throws IOException {
        int b = read();
        while (b >= 0 && isSkippable(b)) {
            b = read();
        }
        if (b < 0) {
            return false;
        }
        start = nextOffset - 1;
        captured = 0;
        length = 0;
        while (b >= 0 && !endsSegment(b)) {
            if (captured < CAPTURE_LIMIT) {
                text[captured++] = (char) b;
            }
            length++;
            if (length == 4 && startsInterchange()) {
                b = readFixedWidthIsa();
                break;
            }
            b = read();
        }
        terminated = b >= 0;
        lastTerminator = terminated ? (char) b : 0;
        terminatorOffset = terminated ? nextOffset - 1 : nextOffset;
        return true;
    }

    /**
     * "ISA" and a separator: an interchange header, which may bring delimiters of its own, so it
     * is read by its fixed width, not up to the current terminator.
     */
    private boolean startsInterchange() {
        char separator = text[3];
        return text[0] == 'I' && text[1] == 'S' && text[2] == 'A'
                && !((separator >= 'A' && separator <= 'Z') || (separator >= 'a' && separator <= 'z')
                        || (separator >= '0' && separator <= '9'));
    }

    /** Reads the rest of a 106-character ISA; returns its terminator, or -1 at the end of the stream. */
    private int readFixedWidthIsa() throws IOException {
        while (length < Delimiters.ISA_LENGTH - 1) {
            int b = read();
            if (b < 0) {
                return -1;
            }
            text[captured++] = (char) b;
            length++;
        }
        return read();
    }

    /** Offset of the segment's first byte. */
    long start() {
        return start;
    }

    /** Offset of the segment's terminator (or the end of the stream when unterminated). */
    long terminatorOffset() {
        return terminatorOffset;
    }

    /** Bytes read so far; the stream length once {@link #next()} returned false. */
    long bytesRead() {
        return nextOffset;
    }

    /** The character that ended the segment, when {@link #terminated()}. */
    char lastTerminator() {
        return lastTerminator;
    }

    boolean terminated() {
        return terminated;
    }

    /** Whether the whole segment fits in the capture buffer. */
    boolean complete() {
        return length <= CAPTURE_LIMIT;
    }

    /** Characters before the first element separator (the whole segment when it has none). */
    String tag() {
        int end = 0;
        while (end < captured && text[end] != element) {
            end++;
        }
        return new String(text, 0, end);
    }

    boolean startsWith(String prefix) {
        if (captured < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    char charAt(int index) {
        return text[index];
    }

    int captured() {
        return captured;
    }

    /** The captured text, at most {@code max} characters. */
    String text(int max) {
        return new String(text, 0, Math.min(max, captured));
    }

    /** Elements of the captured text; index 0 is the tag. */
    String[] elements() {
        int count = 1;
        for (int i = 0; i < captured; i++) {
            if (text[i] == element) {
                count++;
            }
        }
        String[] out = new String[count];
        int from = 0;
        int n = 0;
        for (int i = 0; i <= captured; i++) {
            if (i == captured || text[i] == element) {
                out[n++] = new String(text, from, i - from);
                from = i + 1;
            }
        }
        return out;
    }

    private boolean endsSegment(int b) {
        return b == terminator || (newlineTerminated && (b == '\n' || b == '\r'));
    }

    private static boolean isSkippable(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private int read() throws IOException {
        if (bufferPosition == bufferLimit) {
            int n = in.read(buffer);
            while (n == 0) {
                n = in.read(buffer);
            }
            if (n < 0) {
                return -1;
            }
            bufferPosition = 0;
            bufferLimit = n;
        }
        nextOffset++;
        return buffer[bufferPosition++] & 0xFF;
    }
}
