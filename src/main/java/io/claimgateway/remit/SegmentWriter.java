package io.claimgateway.remit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes X12 segments with our fixed delimiters (835, 999, TA1) and counts them. Trailing empty elements are
 * dropped, as X12 asks. X12 has no escape character, so an identifier containing a delimiter is
 * refused; free text goes through {@link #text(String)} first.
 */
final class SegmentWriter {

    static final char ELEMENT = '*';
    static final char COMPONENT = ':';
    static final char REPETITION = '^';
    static final char SEGMENT = '~';
    /** After each terminator, so that the file reads one segment per line. */
    static final String LINE_BREAK = "\n";

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    /** Elements whose components are joined with {@link #COMPONENT}; a null component is empty. */
    record Composite(List<String> components) {
        Composite {
            components = Collections.unmodifiableList(new ArrayList<>(components));
        }
    }

    private final Writer out;
    private long count;

    SegmentWriter(Writer out) {
        this.out = out;
    }

    /** Elements are {@link String} (null for empty) or {@link Composite}. */
    void write(String tag, Object... elements) {
        int last = elements.length - 1;
        while (last >= 0 && isEmpty(elements[last])) {
            last--;
        }
        StringBuilder segment = new StringBuilder(tag);
        for (int i = 0; i <= last; i++) {
            segment.append(ELEMENT);
            Object element = elements[i];
            if (element instanceof Composite composite) {
                appendComposite(segment, tag, i + 1, composite.components());
            } else if (element != null) {
                segment.append(checked((String) element, tag, i + 1));
            }
        }
        segment.append(SEGMENT).append(LINE_BREAK);
        try {
            out.write(segment.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    /** Writes text as given; for the fixed-width ISA, whose delimiters are the point. */
    void writeRaw(String segmentWithoutTerminator) {
        try {
            out.write(segmentWithoutTerminator + SEGMENT + LINE_BREAK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    /** Copies segments another SegmentWriter already wrote (and so checked), counting them. */
    void writeRendered(String segments, long segmentCount) {
        try {
            out.write(segments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count += segmentCount;
    }

    long count() {
        return count;
    }

    /**
     * The fixed-width ISA of everything we send (835, 999, TA1): sender from the payer's identity,
     * ISA13 from the caller's persistent sequence, no TA1 requested.
     */
    void writeInterchangeHeader(PayerIdentity sender, String receiverQualifier, String receiverId,
            LocalDateTime produced, long controlNumber) {
        writeRaw(String.join(String.valueOf(ELEMENT),
                "ISA", "00", " ".repeat(10), "00", " ".repeat(10),
                sender.interchangeQualifier(), pad(sender.interchangeId(), 15),
                receiverQualifier, pad(receiverId, 15),
                produced.format(ISA_DATE), produced.format(TIME),
                String.valueOf(REPETITION), "00501", interchangeControlNumber(controlNumber),
                "0", sender.usageIndicator(), String.valueOf(COMPONENT)));
    }

    /** ISA13/IEA02: nine digits, zero-padded. */
    static String interchangeControlNumber(long controlNumber) {
        return String.format("%09d", controlNumber);
    }

    private static String pad(String value, int width) {
        return String.format("%-" + width + "s", value);
    }

    /**
     * Free text (names, addresses) made safe for an element: accents removed, delimiters, control
     * and other non-ASCII characters replaced by a space, runs of spaces collapsed.
     */
    static String text(String value) {
        String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder clean = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            boolean delimiter = c == ELEMENT || c == COMPONENT || c == REPETITION || c == SEGMENT;
            clean.append(delimiter || c < 0x20 || c > 0x7e ? ' ' : c);
        }
        return clean.toString().trim().replaceAll(" {2,}", " ");
    }

    private static void appendComposite(StringBuilder segment, String tag, int position, List<String> components) {
        int last = components.size() - 1;
        while (last >= 0 && isEmpty(components.get(last))) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                segment.append(COMPONENT);
            }
            String component = components.get(i);
            if (component != null) {
                segment.append(checked(component, tag, position));
            }
        }
    }

    private static String checked(String value, String tag, int position) {
        for (char c : value.toCharArray()) {
            if (c == ELEMENT || c == COMPONENT || c == REPETITION || c == SEGMENT || c < 0x20 || c > 0x7e) {
                // The value itself stays out of the message: it may be member data.
                throw new IllegalArgumentException(String.format(
                        "%s%02d holds a character our X12 cannot carry", tag, position));
            }
        }
        return value;
    }

    private static boolean isEmpty(Object element) {
        if (element == null) {
            return true;
        }
        if (element instanceof Composite composite) {
            return composite.components().stream().allMatch(SegmentWriter::isEmpty);
        }
        return ((String) element).isEmpty();
    }
}
