package io.claimgateway.parse;

/** Writes X12 delimiter characters as DFDL string literals for the EDI cartridge's variables. */
final class DfdlDelimiters {

    private DfdlDelimiters() {
    }

    static String literal(char c) {
        return switch (c) {
            case '%' -> "%%";
            case ' ' -> "%SP;";
            case '\n' -> "%LF;";
            case '\r' -> "%CR;";
            case '\t' -> "%HT;";
            default -> String.valueOf(c);
        };
    }

    /**
     * The segment terminator, also accepting line breaks and indentation after it, so files with
     * and without one segment per line parse alike. A newline terminator is any line break.
     */
    static String segmentTerminator(char c) {
        if (c == '\n' || c == '\r') {
            return "%NL;%WSP*;";
        }
        String t = literal(c);
        return t + "%NL;%WSP*; " + t + "%WSP*;";
    }
}
