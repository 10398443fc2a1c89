package io.claimgateway.envelope;

/** IK304, the implementation segment syntax error codes of the 999 (005010X231A1). */
public enum SegmentErrorCode {
    UNRECOGNIZED_SEGMENT_ID("1"),
    UNEXPECTED_SEGMENT("2"),
    REQUIRED_SEGMENT_MISSING("3"),
    LOOP_OVER_MAXIMUM("4"),
    SEGMENT_OVER_MAXIMUM_USE("5"),
    SEGMENT_NOT_IN_TRANSACTION_SET("6"),
    SEGMENT_OUT_OF_SEQUENCE("7"),
    SEGMENT_HAS_DATA_ELEMENT_ERRORS("8"),
    NOT_USED_SEGMENT_PRESENT("I4"),
    IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING("I6"),
    IMPLEMENTATION_LOOP_UNDER_MINIMUM("I7"),
    IMPLEMENTATION_SEGMENT_UNDER_MINIMUM("I8"),
    IMPLEMENTATION_DEPENDENT_NOT_USED_SEGMENT_PRESENT("I9");

    private final String code;

    SegmentErrorCode(String code) {
        this.code = code;
    }

    /** The IK304 value. */
    public String code() {
        return code;
    }
}
