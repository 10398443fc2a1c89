package io.claimgateway.envelope;

/** IK403, the implementation data element syntax error codes of the 999 (005010X231A1). */
public enum ElementErrorCode {
    REQUIRED_MISSING("1"),
    CONDITIONAL_REQUIRED_MISSING("2"),
    TOO_MANY_DATA_ELEMENTS("3"),
    TOO_SHORT("4"),
    TOO_LONG("5"),
    INVALID_CHARACTER("6"),
    INVALID_CODE_VALUE("7"),
    INVALID_DATE("8"),
    INVALID_TIME("9"),
    EXCLUSION_CONDITION_VIOLATED("10"),
    TOO_MANY_REPETITIONS("12"),
    TOO_MANY_COMPONENTS("13"),
    NOT_USED_PRESENT("I10"),
    IMPLEMENTATION_TOO_FEW_REPETITIONS("I11"),
    IMPLEMENTATION_PATTERN_MATCH_FAILURE("I12"),
    IMPLEMENTATION_DEPENDENT_NOT_USED_PRESENT("I13"),
    CODE_VALUE_NOT_USED_IN_GUIDE("I6"),
    IMPLEMENTATION_DEPENDENT_REQUIRED_MISSING("I9");

    private final String code;

    ElementErrorCode(String code) {
        this.code = code;
    }

    /** The IK403 value. */
    public String code() {
        return code;
    }
}
