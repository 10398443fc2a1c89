package io.claimgateway.gateway;

/**
 * Text fit for one log line or report line: control characters (CR, LF, TAB, DEL, C1 ...) are
 * written as {@code \}{@code uXXXX}, so a file name cannot start a forged log line.
 */
public final class LogSafe {

    private LogSafe() {
    }

    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\\') {
                out.append(c == '\\' ? "\\\\" : String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** True when the value holds a character {@link #text} would escape. */
    static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
