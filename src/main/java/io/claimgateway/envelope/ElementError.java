package io.claimgateway.envelope;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One bad element, as the 999's IK4 reports it.
 *
 * @param position        IK401-1: the element's position in its segment (1-based)
 * @param component       IK401-2: the component's position in a composite, when the error is in one
 * @param repetition      IK401-3: the repetition, when the element repeats
 * @param referenceNumber IK402: the X12 data element reference number (e.g. 1028 for CLM01), when known
 * @param code            IK403
 * @param badValue        IK404: the bad value as received, when it may be copied (see {@link #copyable})
 */
public record ElementError(
        int position,
        OptionalInt component,
        OptionalInt repetition,
        Optional<String> referenceNumber,
        ElementErrorCode code,
        Optional<String> badValue) {

    /** IK404 is AN 1..99 and must itself be valid X12 data. */
    public static final int MAX_COPIED_LENGTH = 99;

    public ElementError {
        if (position < 1) {
            throw new IllegalArgumentException("element position must be 1 or more: " + position);
        }
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(repetition, "repetition");
        Objects.requireNonNull(referenceNumber, "referenceNumber");
        Objects.requireNonNull(code, "code");
        badValue = Objects.requireNonNull(badValue, "badValue").filter(ElementError::copyable);
    }

    /** An error in a simple element, without component or repetition. */
    public static ElementError of(int position, String referenceNumber, ElementErrorCode code, String badValue) {
        return new ElementError(position, OptionalInt.empty(), OptionalInt.empty(),
                Optional.ofNullable(referenceNumber).filter(r -> !r.isEmpty()), code,
                Optional.ofNullable(badValue).filter(v -> !v.isEmpty()));
    }

    /**
     * Whether a received value can go into IK404: 1..99 printable ASCII characters and none of the
     * delimiters our acknowledgments use ({@code * : ^ ~}).
     */
    public static boolean copyable(String value) {
        if (value.isEmpty() || value.length() > MAX_COPIED_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '*' || c == ':' || c == '^' || c == '~') {
                return false;
            }
        }
        return true;
    }
}
