package io.claimgateway.validate;

import java.util.Set;

/**
 * One row of the element-check table: what one data element, composite or component of a segment
 * in a loop may hold.
 *
 * @param position   the element's position in its segment (1-based)
 * @param component  the component's position in its composite, or 0 for a simple element or a
 *                   composite's own row
 * @param reference  the X12 data element reference number (IK402), e.g. 1028; C0xx for a composite
 * @param usage      required, situational or not used
 * @param type       the data type
 * @param min        minimum length (digits only for R and N0); 0 for a composite
 * @param max        maximum length; for a composite, how many components it may have
 * @param codes      the allowed values of an ID element; empty = not checked
 * @param formatFrom for {@link Type#PERIOD}: the position (or component position) of the element
 *                   holding the date format qualifier (D8, RD8, DT, TM); otherwise 0
 * @param codesWhenPosition 0, or the position of the element of the same segment that decides
 *                   whether {@code codes} apply: they do when it is blank or {@code codesWhenValue}
 * @param codesWhenValue see codesWhenPosition
 */
record ElementRule(int position, int component, String reference, Usage usage, Type type, int min, int max,
        Set<String> codes, int formatFrom, int codesWhenPosition, String codesWhenValue) {

    enum Usage { REQUIRED, SITUATIONAL, NOT_USED }

    enum Type { AN, ID, N0, R, DT, TM, PERIOD, COMPOSITE }

    ElementRule {
        codes = Set.copyOf(codes);
    }

    ElementRule(int position, int component, String reference, Usage usage, Type type, int min, int max,
            Set<String> codes, int formatFrom) {
        this(position, component, reference, usage, type, min, max, codes, formatFrom, 0, "");
    }

    /** The same rule with its codes not checked (codes_when says they do not apply). */
    ElementRule withoutCodes() {
        return new ElementRule(position, component, reference, usage, type, min, max, Set.of(), formatFrom);
    }

    /** How messages and reports name it: CLM01, CLM05-2. */
    String label(String segment) {
        String name = String.format("%s%02d", segment, position);
        return component == 0 ? name : name + "-" + component;
    }
}
