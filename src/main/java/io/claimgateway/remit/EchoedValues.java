package io.claimgateway.remit;

import java.util.Optional;

/**
 * Values copied from a received file into an acknowledgment. X12 has no escape character, so a received
 * value goes into our X12 only when it is printable ASCII without any of our delimiters and fits the
 * element's length; an optional one that does not is left out, a required one is the caller's bug.
 */
final class EchoedValues {

    private EchoedValues() {
    }

    /** Whether a received value can go into our X12 as it is (no delimiter of ours, no control character). */
    static boolean writable(String value) {
        for (char c : value.toCharArray()) {
            if (c == SegmentWriter.ELEMENT || c == SegmentWriter.COMPONENT || c == SegmentWriter.REPETITION
                    || c == SegmentWriter.SEGMENT || c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** An optional element: the value when it is writable and {@code min..max} long, otherwise absent. */
    static Optional<String> optional(Optional<String> value, int min, int max) {
        return value.filter(v -> fits(v, min, max));
    }

    /**
     * A required element, e.g. {@code required(group.controlNumber(), 1, 9, "AK102")}.
     *
     * @throws IllegalArgumentException when the value cannot be written; the caller guarantees required
     *                                  values are clean, so this is a bug upstream, not bad input
     */
    static String required(String value, int min, int max, String element) {
        if (!fits(value, min, max)) {
            throw new IllegalArgumentException(String.format(
                    "%s must be %d-%d printable characters without * : ^ ~, got '%s'", element, min, max,
                    printable(value)));
        }
        return value;
    }

    /** A required numeric element (N0), e.g. AK102: 1 to {@code maxDigits} digits. */
    static String requiredNumber(String value, int maxDigits, String element) {
        if (!isNumber(value, maxDigits)) {
            throw new IllegalArgumentException(String.format("%s must be 1-%d digits, got '%s'", element, maxDigits,
                    printable(value)));
        }
        return value;
    }

    /** An optional numeric element (N0), e.g. IK402: the value when it is 1 to {@code maxDigits} digits. */
    static Optional<String> optionalNumber(Optional<String> value, int maxDigits) {
        return value.filter(v -> isNumber(v, maxDigits));
    }

    private static boolean isNumber(String value, int maxDigits) {
        return value.matches("[0-9]{1," + maxDigits + "}");
    }

    private static boolean fits(String value, int min, int max) {
        return value.length() >= min && value.length() <= max && !value.isBlank() && writable(value);
    }

    /** The value for an error message, control characters shown as '?', so the message stays one line. */
    private static String printable(String value) {
        return value.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
