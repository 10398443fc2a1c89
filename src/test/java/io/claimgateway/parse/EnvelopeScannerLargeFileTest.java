package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A 100 MB transaction, generated on the fly so the test itself holds nothing. */
class EnvelopeScannerLargeFileTest {

    private static final long TARGET_BYTES = 100L * 1024 * 1024;
    private static final byte[] LINE = "SV1*HC:99213*100*UN*1***1~\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void hundredMegabyteFileIsScannedWithoutHoldingItsSegments() {
        long lines = TARGET_BYTES / LINE.length;
        int segments = (int) lines + 3;
        String head = X12.lines(X12.ISA, "GS*HC*S*R*20240101*1200*1*X*005010X222A1", "ST*837*0001*005010X222A1",
                "BHT*0019*00*0123*20240101*1200*CH");
        String tail = X12.lines("SE*" + segments + "*0001", "GE*1*1", "IEA*1*000000001");
        // Other tests in this JVM hold memory of their own: measure what the scan adds to it.
        System.gc();
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        GeneratedStream stream = new GeneratedStream(head, lines, tail);

        ScanResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new EnvelopeScanner(ScanPolicy.strict()).scan(stream));

        assertEquals(segments, X12.accepted(result).transactions().get(0).segmentCount());
        assertTrue(stream.heapUsedHalfway > 0, "the heap was not measured");
        long grown = stream.heapUsedHalfway - heapBefore;
        assertTrue(grown < 64L * 1024 * 1024, "heap grew by " + grown / (1024 * 1024) + " MB halfway through");
    }

    /** Head, a line repeated, tail; measures the heap (after a GC) when half the lines are read. */
    private static final class GeneratedStream extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long lines;
        private long lineIndex;
        private int inPart;
        private int part;
        long heapUsedHalfway = -1;

        GeneratedStream(String head, long lines, String tail) {
            this.head = head.getBytes(StandardCharsets.ISO_8859_1);
            this.tail = tail.getBytes(StandardCharsets.ISO_8859_1);
            this.lines = lines;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int written = 0;
            while (written < len) {
                byte[] current = current();
                if (current == null) {
                    break;
                }
                int n = Math.min(len - written, current.length - inPart);
                System.arraycopy(current, inPart, b, off + written, n);
                written += n;
                inPart += n;
                if (inPart == current.length) {
                    advance();
                }
            }
            return written == 0 && len > 0 ? -1 : written;
        }

        private byte[] current() {
            return switch (part) {
                case 0 -> head;
                case 1 -> LINE;
                case 2 -> tail;
                default -> null;
            };
        }

        private void advance() {
            inPart = 0;
            if (part == 1) {
                lineIndex++;
                if (lineIndex == lines / 2) {
                    System.gc();
                    heapUsedHalfway = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                }
                if (lineIndex < lines) {
                    return;
                }
            }
            part++;
        }
    }
}
