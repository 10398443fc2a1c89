package io.claimgateway.remit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xlate.edi.stream.EDIStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support for the 999 and TA1 writers: golden-file comparison, and a re-read with StAEDI (control
 * structure validation on) that recounts SE01, GE01 and IEA01 and matches SE02, GE02 and IEA02,
 * independently of the writer.
 */
final class AcknowledgmentCheck {

    /** One segment as StAEDI read it; a composite's components joined with ':'. */
    record Segment(String tag, List<String> elements) {
    }

    /** What StAEDI read, in order. */
    record Read(List<Segment> segments) {

        List<String> tags() {
            return segments.stream().map(Segment::tag).toList();
        }

        /** The elements of every segment with this tag, in order. */
        List<List<String>> all(String tag) {
            return segments.stream().filter(s -> s.tag().equals(tag)).map(Segment::elements).toList();
        }

        long count(String tag) {
            return segments.stream().filter(s -> s.tag().equals(tag)).count();
        }
    }

    private AcknowledgmentCheck() {
    }

    /**
     * Compares with {@code src/test/resources/ack/<name>} byte for byte; on a difference the actual output
     * is left in {@code target/ack-actual/<name>} for review.
     */
    static void assertGolden(String name, String actual) throws IOException {
        String expected;
        try (InputStream in = AcknowledgmentCheck.class.getResourceAsStream("/ack/" + name)) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        if (!expected.equals(actual)) {
            Path dump = Path.of("target/ack-actual", name);
            Files.createDirectories(dump.getParent());
            Files.writeString(dump, actual, StandardCharsets.US_ASCII);
        }
        assertEquals(expected, actual, name);
    }

    /** Reads the interchange with StAEDI and fails on any StAEDI error or wrong envelope count. */
    static Read read(String x12) {
        List<Segment> segments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Counts counts = new Counts();
        try {
            StaediSegments.read(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)), (tag, elements) -> {
                Segment segment = new Segment(tag, StaediSegments.asList(elements));
                segments.add(segment);
                counts.segment(segment);
            }, problems::add);
        } catch (EDIStreamException e) {
            throw new AssertionError("StAEDI cannot read the acknowledgment: " + e.getMessage(), e);
        }
        assertEquals(List.of(), problems, "StAEDI errors");
        assertEquals("IEA", segments.get(segments.size() - 1).tag(), "last segment");
        return new Read(List.copyOf(segments));
    }

    /** Recounts the envelope as the segments go by. */
    private static final class Counts {
        private String isa13;
        private String gs06;
        private String st02;
        private int groups;
        private int sets;
        private int segmentsInSet;

        void segment(Segment segment) {
            List<String> e = segment.elements();
            if (segment.tag().equals("ST") || st02 != null) {
                segmentsInSet++;
            }
            switch (segment.tag()) {
                case "ISA" -> isa13 = e.get(12);
                case "GS" -> {
                    groups++;
                    sets = 0;
                    gs06 = e.get(5);
                }
                case "ST" -> {
                    sets++;
                    st02 = e.get(1);
                }
                case "SE" -> {
                    assertEquals(Integer.toString(segmentsInSet), e.get(0), "SE01 of set " + st02);
                    assertEquals(st02, e.get(1), "SE02");
                    st02 = null;
                    segmentsInSet = 0;
                }
                case "GE" -> {
                    assertEquals(Integer.toString(sets), e.get(0), "GE01");
                    assertEquals(gs06, e.get(1), "GE02");
                }
                case "IEA" -> {
                    assertEquals(Integer.toString(groups), e.get(0), "IEA01");
                    assertEquals(isa13, e.get(1), "IEA02");
                }
                default -> {
                }
            }
        }
    }
}
