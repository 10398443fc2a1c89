package io.claimgateway.parse;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DFDL parse could not place a segment, or a placed segment held unusable data. */
final class ClaimParseException extends RuntimeException {

    private static final Pattern BYTE_POSITION = Pattern.compile("byte (\\d+)");

    private final OptionalLong byteOffset;
    private final String segmentTag;

    ClaimParseException(String message, OptionalLong byteOffset, String segmentTag, Throwable cause) {
        super(message, cause);
        this.byteOffset = byteOffset;
        this.segmentTag = segmentTag;
    }

    /** Byte offset in the file where the parser stopped, when Daffodil reported one. */
    OptionalLong byteOffset() {
        return byteOffset;
    }

    /** Tag of the offending segment when the data of a placed segment was bad. */
    String segmentTag() {
        return segmentTag;
    }

    static ClaimParseException from(RuntimeException e, int claimsParsed) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClaimDataException data) {
                return new ClaimParseException(data.getMessage() + " (after " + claimsParsed + " claims)",
                        OptionalLong.empty(), data.segmentTag(), e);
            }
        }
        String detail = rootMessage(e);
        Matcher position = BYTE_POSITION.matcher(detail);
        OptionalLong offset = OptionalLong.empty();
        if (position.find()) {
            offset = OptionalLong.of(Long.parseLong(position.group(1)));
        }
        return new ClaimParseException(innermostCause(detail), offset, null, e);
    }

    /**
     * Whether a failed parse is the data's fault: a value the assembler cannot use, or Daffodil
     * reporting a parse error. Anything else (an Error such as OutOfMemoryError, a bug) is not.
     */
    static boolean isAboutTheData(RuntimeException e) {
        boolean parseError = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Error) {
                return false;
            }
            if (t instanceof ClaimDataException) {
                return true;
            }
            parseError |= t.getMessage() != null && t.getMessage().contains("Parse Error");
        }
        return parseError;
    }

    /** The exception types along the cause chain: enough to tell what failed, no data. */
    static String causeTypes(Throwable e) {
        StringBuilder types = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            types.append(types.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
        }
        return types.toString();
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    /** Daffodil nests "Failed to populate X. Cause: Parse Error: ..." once per loop: keep the last cause. */
    private static String innermostCause(String text) {
        for (String line : text.split("\n")) {
            int parseError = line.lastIndexOf("Parse Error: ");
            if (parseError >= 0) {
                return line.substring(parseError + "Parse Error: ".length()).trim();
            }
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
