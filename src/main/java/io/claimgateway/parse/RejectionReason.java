package io.claimgateway.parse;

import java.util.Optional;

/**
 * The catalogue: every rejection the gateway can give, listed once, with its stable code and the
 * acknowledgment it lands in. Codes never change meaning; add new ones at the end of their range.
 * ENV0xx interchange (TA1), ENV1xx functional group (999 AK9), ENV2xx transaction set (999 IK5),
 * ENV3xx segment (999 IK3/IK4), PRS0xx schema parse.
 */
public enum RejectionReason {

    EMPTY_FILE("ENV001", "File is empty", AckSegment.TA1, "023"),
    NO_INTERCHANGE_HEADER("ENV002", "File does not start with an ISA segment", AckSegment.TA1, "022"),
    ISA_TRUNCATED("ENV003", "File ends inside the ISA (shorter than 106 characters)", AckSegment.TA1, "023"),
    ISA_NOT_FIXED_WIDTH("ENV004", "ISA is not the fixed-width 106 characters", AckSegment.TA1, "022"),
    INVALID_ELEMENT_SEPARATOR("ENV005", "Invalid element separator (ISA position 3)", AckSegment.TA1, "026"),
    INVALID_COMPONENT_SEPARATOR("ENV006", "Invalid component separator (ISA16)", AckSegment.TA1, "027"),
    // TA1 has no note code for the repetition separator; 022 is the closest.
    INVALID_REPETITION_SEPARATOR("ENV007", "Invalid repetition separator (ISA11)", AckSegment.TA1, "022"),
    INVALID_SEGMENT_TERMINATOR("ENV008", "Invalid segment terminator (after ISA16)", AckSegment.TA1, "004"),
    // ENV009 (interchanges with different delimiters) is retired: each interchange is read with its own.
    INTERCHANGE_CONTROL_NUMBER_MISMATCH("ENV010", "IEA02 does not match ISA13", AckSegment.TA1, "001"),
    GROUP_COUNT_MISMATCH("ENV011", "IEA01 does not match the number of functional groups", AckSegment.TA1, "021"),
    INTERCHANGE_TRAILER_MISSING("ENV012", "Interchange has no IEA", AckSegment.TA1, "023"),
    SEGMENT_OUTSIDE_ENVELOPE("ENV013", "Segment where the envelope structure does not allow it", AckSegment.TA1, "024"),
    INVALID_ENVELOPE_ELEMENT("ENV014", "ISA/IEA/GS/GE element missing or invalid", AckSegment.TA1, "024"),
    LAST_SEGMENT_UNTERMINATED("ENV015", "File ends inside a segment (no segment terminator)", AckSegment.TA1, "023"),
    DATA_AFTER_LAST_INTERCHANGE("ENV016", "Data after the last IEA", AckSegment.TA1, "024"),
    UNKNOWN_SENDER("ENV017", "Interchange sender (ISA06) is not a configured trading partner", AckSegment.TA1,
            "006"),
    DUPLICATE_INTERCHANGE("ENV018", "Interchange already processed (same sender and ISA13, or same file content)",
            AckSegment.TA1, "025"),
    SENDER_NOT_CHANNEL_PARTNER("ENV019", "Interchange sender (ISA06) is not the partner whose channel delivered it",
            AckSegment.TA1, "006"),

    GROUP_NOT_HEALTH_CARE_CLAIM("ENV101", "Functional group is not health care claims (GS01 is not HC)",
            AckSegment.AK9, "1"),
    GROUP_VERSION_NOT_SUPPORTED("ENV102", "Functional group version (GS08) not supported", AckSegment.AK9, "2"),
    GROUP_TRAILER_MISSING("ENV103", "Functional group has no GE", AckSegment.AK9, "3"),
    GROUP_CONTROL_NUMBER_MISMATCH("ENV104", "GE02 does not match GS06", AckSegment.AK9, "4"),
    TRANSACTION_COUNT_MISMATCH("ENV105", "GE01 does not match the number of transaction sets", AckSegment.AK9, "5"),
    PARTNER_VERSION_NOT_ACCEPTED("ENV106", "The trading partner is not set up for this 837 guide (GS08)",
            AckSegment.AK9, "2"),

    TRANSACTION_SET_NOT_SUPPORTED("ENV201", "Transaction set is not an 837 (ST01)", AckSegment.IK5, "1"),
    TRANSACTION_TRAILER_MISSING("ENV202", "Transaction set has no SE", AckSegment.IK5, "2"),
    TRANSACTION_CONTROL_NUMBER_MISMATCH("ENV203", "SE02 does not match ST02", AckSegment.IK5, "3"),
    SEGMENT_COUNT_MISMATCH("ENV204", "SE01 does not match the number of segments", AckSegment.IK5, "4"),
    TRANSACTION_CONTROL_NUMBER_MISSING("ENV205", "ST02 is missing", AckSegment.IK5, "7"),
    TRANSACTION_OUTSIDE_GROUP("ENV206", "ST outside a functional group", AckSegment.IK5, "18"),
    IMPLEMENTATION_REFERENCE_MISMATCH("ENV207", "ST03 does not match GS08", AckSegment.IK5, "19"),

    INVALID_SEGMENT_ID("ENV301", "Segment identifier is not 2-3 uppercase letters or digits", AckSegment.IK3, "1"),
    TRANSACTION_ELEMENT_MISSING("ENV302", "SE01 missing, or ST/SE too long to be read", AckSegment.IK3, "8", "1"),
    TRANSACTION_ELEMENT_NOT_NUMERIC("ENV303", "SE01 is not a number", AckSegment.IK3, "8", "6"),
    // The IK4s of the check that found it say which element and why.
    ELEMENT_INVALID("ENV304", "An element fails its implementation-guide check (type, length, characters, code)",
            AckSegment.IK3, "8"),
    // The guide's structure tables (mappings/837*.structure.csv), one reason per IK304 code.
    SEGMENT_UNEXPECTED("ENV305", "A segment the guide does not allow where it stands", AckSegment.IK3, "2"),
    SEGMENT_OUT_OF_ORDER("ENV306", "A segment out of its loop's order", AckSegment.IK3, "7"),
    SEGMENT_OVER_MAXIMUM("ENV307", "A segment repeated more often than the guide allows", AckSegment.IK3, "5"),
    LOOP_OVER_MAXIMUM("ENV308", "A loop repeated more often than the guide allows", AckSegment.IK3, "4"),
    REQUIRED_SEGMENT_MISSING("ENV309", "A segment or loop the guide requires is missing", AckSegment.IK3, "3"),
    NOT_USED_SEGMENT_PRESENT("ENV310", "A segment the guide marks Not Used is present", AckSegment.IK3, "I4"),

    STRUCTURE("PRS001", "A segment the schema cannot place", AckSegment.IK3, "2"),
    CLAIM_DATA("PRS002", "A segment's data cannot make a claim (missing or malformed element)", AckSegment.IK3, "8");
    // PRS003 (837P and 837I sets in one file) is retired: each set is parsed with its own guide.

    /** Where in an acknowledgment a rejection is reported. */
    public enum AckSegment {
        /** TA1 interchange acknowledgment, note code TA105. */
        TA1,
        /** 999 AK9 functional group response, AK905 error code. */
        AK9,
        /** 999 IK5 transaction set response, IK502 error code. */
        IK5,
        /** 999 IK3 segment error, IK304 code (with an IK4 element code when known). */
        IK3
    }

    private final String code;
    private final String title;
    private final AckSegment ackSegment;
    private final String ackCode;
    private final String elementAckCode;

    RejectionReason(String code, String title, AckSegment ackSegment, String ackCode) {
        this(code, title, ackSegment, ackCode, null);
    }

    RejectionReason(String code, String title, AckSegment ackSegment, String ackCode, String elementAckCode) {
        this.code = code;
        this.title = title;
        this.ackSegment = ackSegment;
        this.ackCode = ackCode;
        this.elementAckCode = elementAckCode;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public AckSegment ackSegment() {
        return ackSegment;
    }

    /** TA105 note code, AK905, IK502 or IK304 depending on {@link #ackSegment()}. */
    public String ackCode() {
        return ackCode;
    }

    /** IK403 code, for segment errors caused by one element. */
    public Optional<String> elementAckCode() {
        return Optional.ofNullable(elementAckCode);
    }
}
