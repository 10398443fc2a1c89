package io.claimgateway.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Conversions of X12 data element values (R amounts, D8 dates) into model types. Error messages
 * name the element, never its value: they reach logs, and a value may be a birth date.
 */
final class X12Values {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private X12Values() {
    }

    static BigDecimal amount(String tag, String element, String value) {
        if (value == null || value.isEmpty()) {
            throw new ClaimDataException(tag, element + " is missing");
        }
        try {
            return new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new ClaimDataException(tag, element + " is not a number");
        }
    }

    static BigDecimal quantity(String tag, String element, String value) {
        if (value == null || value.isEmpty()) {
            return BigDecimal.ONE;
        }
        try {
            return new BigDecimal(value).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new ClaimDataException(tag, element + " is not a number");
        }
    }

    static LocalDate date(String tag, String element, String value) {
        try {
            return LocalDate.parse(value, D8);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ClaimDataException(tag, element + " is not a CCYYMMDD date");
        }
    }

    /** A DTP date value: D8 (one date) or RD8 (CCYYMMDD-CCYYMMDD); returns {from, to}. */
    static LocalDate[] dateRange(String tag, String format, String value) {
        if ("RD8".equals(format)) {
            int dash = value == null ? -1 : value.indexOf('-');
            if (dash < 0) {
                throw new ClaimDataException(tag, tag + "03 is not a CCYYMMDD-CCYYMMDD range");
            }
            return new LocalDate[] {
                date(tag, tag + "03", value.substring(0, dash)),
                date(tag, tag + "03", value.substring(dash + 1))};
        }
        LocalDate day = date(tag, tag + "03", value);
        return new LocalDate[] {day, day};
    }

    static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
