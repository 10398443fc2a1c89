package io.claimgateway.parse;

import java.util.Optional;

/**
 * The delimiters of an interchange, read from its fixed-width ISA.
 *
 * @param element                  data element separator (ISA position 3)
 * @param component                component element separator (ISA16, position 104)
 * @param repetition               repetition separator (ISA11, position 82); absent when ISA11 is the
 *                                 pre-5010 standards identifier {@code U}
 * @param segmentTerminator        the character after ISA16 (position 105); CR or LF when lines end segments
 * @param lineBreakAfterTerminator whether a CR or LF follows a non-newline terminator
 */
public record Delimiters(char element, char component, Optional<Character> repetition, char segmentTerminator,
        boolean lineBreakAfterTerminator) {

    /** Characters an ISA occupies up to and including the segment terminator. */
    static final int ISA_LENGTH = 106;

    private static final int[] ISA_ELEMENT_LENGTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final int REPETITION_INDEX = 82;
    private static final int COMPONENT_INDEX = 104;
    private static final int TERMINATOR_INDEX = 105;

    public Delimiters {
        if (repetition == null) {
            throw new NullPointerException("repetition");
        }
    }

    /** Whether line breaks themselves end segments (no visible terminator such as {@code ~}). */
    boolean newlineTerminated() {
        return isLineBreak(segmentTerminator);
    }

    /** Same delimiter characters; line breaks after terminators may differ between interchanges. */
    boolean sameCharactersAs(Delimiters other) {
        return element == other.element && component == other.component
                && repetition.equals(other.repetition) && segmentTerminator == other.segmentTerminator;
    }

    /**
     * Reads the delimiters from the start of an interchange.
     *
     * @param isa the first characters of the file (bytes as ISO-8859-1), at least 106 of them when the
     *            file has that many; one more tells whether a line break follows the terminator
     * @throws RejectionException when the text is not a usable fixed-width ISA
     */
    public static Delimiters fromIsa(CharSequence isa) {
        if (isa.length() == 0) {
            throw reject(RejectionReason.EMPTY_FILE, "The file is empty");
        }
        if (!startsWith(isa, "ISA")) {
            throw reject(RejectionReason.NO_INTERCHANGE_HEADER,
                    "The file does not start with ISA; it starts with \"" + printable(isa, 3) + "\"");
        }
        if (isa.length() < ISA_LENGTH) {
            throw reject(RejectionReason.ISA_TRUNCATED, "The file ends after " + isa.length()
                    + " characters, inside the ISA; an ISA is " + ISA_LENGTH + " characters");
        }
        char element = isa.charAt(3);
        if (!usable(element)) {
            throw reject(RejectionReason.INVALID_ELEMENT_SEPARATOR,
                    "The element separator " + describe(element) + " (ISA position 3) cannot be a delimiter");
        }
        checkFixedWidth(isa, element);

        char repetitionChar = isa.charAt(REPETITION_INDEX);
        char component = isa.charAt(COMPONENT_INDEX);
        char terminator = isa.charAt(TERMINATOR_INDEX);

        if (!usable(component)) {
            throw reject(RejectionReason.INVALID_COMPONENT_SEPARATOR,
                    "ISA16 component separator " + describe(component) + " cannot be a delimiter");
        }
        if (component == element) {
            throw reject(RejectionReason.INVALID_COMPONENT_SEPARATOR,
                    "ISA16 component separator " + describe(component) + " is the same as the element separator");
        }
        if (!(usable(terminator) || isLineBreak(terminator))) {
            throw reject(RejectionReason.INVALID_SEGMENT_TERMINATOR,
                    "The segment terminator " + describe(terminator) + " (ISA position 105) cannot be a delimiter");
        }
        if (terminator == element || terminator == component) {
            throw reject(RejectionReason.INVALID_SEGMENT_TERMINATOR, "The segment terminator " + describe(terminator)
                    + " is the same as the " + (terminator == element ? "element" : "component") + " separator");
        }
        Optional<Character> repetition = Optional.empty();
        // 'U' is ISA11's pre-5010 meaning (standards identifier) and still common in 5010 files.
        if (repetitionChar != 'U') {
            if (!usable(repetitionChar)) {
                throw reject(RejectionReason.INVALID_REPETITION_SEPARATOR,
                        "ISA11 repetition separator " + describe(repetitionChar) + " cannot be a delimiter");
            }
            if (repetitionChar == element || repetitionChar == component || repetitionChar == terminator) {
                String other = repetitionChar == element ? "element separator"
                        : repetitionChar == component ? "component separator" : "segment terminator";
                throw reject(RejectionReason.INVALID_REPETITION_SEPARATOR,
                        "ISA11 repetition separator " + describe(repetitionChar) + " is the same as the " + other);
            }
            repetition = Optional.of(repetitionChar);
        }
        boolean lineBreakAfter = isa.length() > ISA_LENGTH && isLineBreak(isa.charAt(ISA_LENGTH))
                && !(terminator == '\n');
        return new Delimiters(element, component, repetition, terminator, lineBreakAfter);
    }

    /** Each of ISA01..ISA15 must have its fixed length, or every later delimiter position is wrong. */
    private static void checkFixedWidth(CharSequence isa, char element) {
        int start = 4;
        for (int i = 0; i < ISA_ELEMENT_LENGTHS.length - 1; i++) {
            int expected = ISA_ELEMENT_LENGTHS[i];
            String name = String.format("ISA%02d", i + 1);
            if (i == 10 && isa.charAt(start) == element) {
                throw reject(RejectionReason.INVALID_REPETITION_SEPARATOR,
                        "ISA11 repetition separator " + describe(element) + " is the same as the element separator");
            }
            if (i != 10) {
                for (int p = start; p < start + expected; p++) {
                    if (isa.charAt(p) == element) {
                        throw notFixedWidth(name, p - start, expected);
                    }
                }
            }
            int end = start + expected;
            if (isa.charAt(end) != element) {
                if (i == 10) {
                    throw reject(RejectionReason.ISA_NOT_FIXED_WIDTH, "ISA11 is longer than 1 character; "
                            + "the fixed-width ISA (106 characters) has the element separator at position 83");
                }
                int actual = expected;
                while (start + actual < isa.length() && isa.charAt(start + actual) != element) {
                    actual++;
                }
                throw notFixedWidth(name, actual, expected);
            }
            start = end + 1;
        }
    }

    private static RejectionException notFixedWidth(String element, int actual, int expected) {
        return reject(RejectionReason.ISA_NOT_FIXED_WIDTH, element + " is " + actual + " characters; the fixed-width"
                + " ISA (106 characters) needs " + expected);
    }

    private static RejectionException reject(RejectionReason reason, String message) {
        return new RejectionException(Rejection.of(reason, message).withTag("ISA").withByteOffset(0));
    }

    private static boolean usable(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean startsWith(CharSequence text, String prefix) {
        return text.length() >= prefix.length() && text.subSequence(0, prefix.length()).toString().equals(prefix);
    }

    static String describe(char c) {
        return switch (c) {
            case '\n' -> "LF";
            case '\r' -> "CR";
            case '\t' -> "TAB";
            case ' ' -> "space";
            default -> Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
        };
    }

    private static String printable(CharSequence text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(max, text.length()); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c > '~' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
