package io.claimgateway.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads the first characters of a stream without consuming them, for {@link Delimiters#fromIsa}. */
final class IsaHeader {

    private IsaHeader() {
    }

    /** Returns a stream positioned at the start again, and the header text in {@code header}. */
    static BufferedInputStream peek(InputStream in, StringBuilder header) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 64 * 1024);
        int wanted = Delimiters.ISA_LENGTH + 1;
        buffered.mark(wanted);
        byte[] bytes = buffered.readNBytes(wanted);
        buffered.reset();
        for (byte b : bytes) {
            header.append((char) (b & 0xFF));
        }
        return buffered;
    }
}
