package io.claimgateway.validate;

import io.claimgateway.envelope.ElementErrorCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks of one received value against its table row, in the order X12 reports them: a bad
 * character first, then length, then code value or date. Only the first failure is returned, as
 * one IK4 per element. Nothing here keeps or prints the value.
 */
final class ValueChecks {

    /** A finding with the phrase its message uses, never the value itself. */
    record Finding(ElementErrorCode code, String phrase) {
    }

    private ValueChecks() {
    }

    /**
     * Checks a present (non-empty) value.
     *
     * @param format the value of the element named by {@link ElementRule#formatFrom()}, for PERIOD
     */
    static Optional<Finding> check(ElementRule rule, String value, String format) {
        Optional<Finding> characters = characters(value);
        if (characters.isPresent()) {
            return characters;
        }
        return switch (rule.type()) {
            case AN -> length(rule, value.length(), "characters").or(() -> code(rule, value));
            case ID -> length(rule, value.length(), "characters").or(() -> code(rule, value));
            // Numbers may have codes too: SV107's diagnosis code pointers are N0 1 to 12.
            case R -> number(rule, value, true).or(() -> code(rule, value));
            case N0 -> number(rule, value, false).or(() -> code(rule, value));
            case DT -> length(rule, value.length(), "characters").or(() -> date(value)
                    ? Optional.empty() : invalidDate("a calendar date (CCYYMMDD)"));
            case TM -> length(rule, value.length(), "characters").or(() -> time(value)
                    ? Optional.empty() : Optional.of(new Finding(ElementErrorCode.INVALID_TIME, "is not a valid time")));
            case PERIOD -> length(rule, value.length(), "characters").or(() -> period(value, format));
            case COMPOSITE -> throw new IllegalArgumentException("a composite has no value of its own");
        };
    }

    /**
     * X12 basic and extended character sets: printable ASCII. Control characters and anything
     * beyond ASCII are not X12 data; delimiters never get here as the segment was split on them.
     */
    static Optional<Finding> characters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return Optional.of(new Finding(ElementErrorCode.INVALID_CHARACTER,
                        "has a character outside the X12 character set"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> length(ElementRule rule, int length, String unit) {
        if (length < rule.min()) {
            return Optional.of(new Finding(ElementErrorCode.TOO_SHORT,
                    "is shorter than " + rule.min() + " " + (rule.min() == 1 ? unit.replaceAll("s$", "") : unit)));
        }
        if (length > rule.max()) {
            return Optional.of(new Finding(ElementErrorCode.TOO_LONG,
                    "is longer than " + rule.max() + " " + (rule.max() == 1 ? unit.replaceAll("s$", "") : unit)));
        }
        return Optional.empty();
    }

    private static Optional<Finding> code(ElementRule rule, String value) {
        if (rule.codes().isEmpty() || rule.codes().contains(value)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ElementErrorCode.INVALID_CODE_VALUE, "is not a code allowed here"));
    }

    /**
     * R: an optional leading minus, digits and at most one decimal point (no exponent, no plus,
     * no grouping); N0: the same without the decimal point. Lengths count the digits only.
     */
    private static Optional<Finding> number(ElementRule rule, String value, boolean decimal) {
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' && i == 0) {
                continue;
            } else if (c == '.' && decimal && !point) {
                point = true;
            } else {
                return Optional.of(new Finding(ElementErrorCode.INVALID_CHARACTER,
                        decimal ? "is not a decimal number" : "is not a whole number"));
            }
        }
        if (digits == 0) {
            return Optional.of(new Finding(ElementErrorCode.INVALID_CHARACTER, "has no digits"));
        }
        return length(rule, digits, "digits");
    }

    private static Optional<Finding> period(String value, String format) {
        switch (format == null ? "" : format) {
            case "D8" -> {
                return value.length() == 8 && date(value) ? Optional.empty() : invalidDate("a date (D8, CCYYMMDD)");
            }
            case "RD8" -> {
                if (value.length() != 17 || value.charAt(8) != '-') {
                    return invalidDate("a date range (RD8, CCYYMMDD-CCYYMMDD)");
                }
                String start = value.substring(0, 8);
                String end = value.substring(9);
                if (!date(start) || !date(end)) {
                    return invalidDate("a date range (RD8, CCYYMMDD-CCYYMMDD)");
                }
                return start.compareTo(end) <= 0 ? Optional.empty() : invalidDate("a date range: it ends before it starts");
            }
            case "DT" -> {
                return value.length() == 12 && date(value.substring(0, 8)) && time(value.substring(8))
                        ? Optional.empty() : invalidDate("a date and time (DT, CCYYMMDDHHMM)");
            }
            case "TM" -> {
                return value.length() == 4 && time(value) ? Optional.empty()
                        : Optional.of(new Finding(ElementErrorCode.INVALID_TIME, "is not a valid time (TM, HHMM)"));
            }
            default -> {
                // An unknown or missing format qualifier is reported on the qualifier itself.
                return Optional.empty();
            }
        }
    }

    private static Optional<Finding> invalidDate(String what) {
        return Optional.of(new Finding(ElementErrorCode.INVALID_DATE, "is not " + what));
    }

    /** CCYYMMDD that names a real calendar day. */
    static boolean date(String value) {
        if (value.length() != 8 || !digits(value)) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** HHMM, HHMMSS or HHMMSSd..d (X12 TM, 4 to 8 digits). */
    static boolean time(String value) {
        if (value.length() < 4 || value.length() > 8 || value.length() == 5 || !digits(value)) {
            return false;
        }
        int hours = Integer.parseInt(value.substring(0, 2));
        int minutes = Integer.parseInt(value.substring(2, 4));
        int seconds = value.length() >= 6 ? Integer.parseInt(value.substring(4, 6)) : 0;
        return hours <= 23 && minutes <= 59 && seconds <= 59;
    }

    private static boolean digits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
