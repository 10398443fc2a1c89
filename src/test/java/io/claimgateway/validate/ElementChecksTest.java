package io.claimgateway.validate;

import static io.claimgateway.validate.Checks.CLAIM_I;
import static io.claimgateway.validate.Checks.CLAIM_P;
import static io.claimgateway.validate.Checks.I;
import static io.claimgateway.validate.Checks.P;
import static io.claimgateway.validate.Checks.institutional;
import static io.claimgateway.validate.Checks.lastSegment;
import static io.claimgateway.validate.Checks.professional;
import static io.claimgateway.validate.Checks.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.envelope.ElementError;
import io.claimgateway.envelope.ElementErrorCode;
import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.SegmentErrorCode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One check family at a time: each case feeds a valid lead-in and one bad segment, and asserts the
 * whole SegmentError (segment id, position, loop, and each IK4: element, component, reference,
 * IK403, bad value).
 */
class ElementChecksTest {

    private static final String LONG_38 = "A".repeat(38);

    /** A case: the guide, the segments, then the expected segment id, loop and IK4s. */
    record Case(String name, String guide, List<String> segments, String segmentId, String loop,
            List<ElementError> elements) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ElementError simple(int position, String reference, ElementErrorCode code, String bad) {
        return new ElementError(position, OptionalInt.empty(), OptionalInt.empty(),
                Optional.ofNullable(reference), code, Optional.ofNullable(bad));
    }

    private static ElementError component(int position, int component, String reference, ElementErrorCode code,
            String bad) {
        return new ElementError(position, OptionalInt.of(component), OptionalInt.empty(),
                Optional.ofNullable(reference), code, Optional.ofNullable(bad));
    }

    private static Case p(String name, List<String> segments, String id, String loop, ElementError... elements) {
        return new Case(name, P, segments, id, loop, List.of(elements));
    }

    private static Case i(String name, List<String> segments, String id, String loop, ElementError... elements) {
        return new Case(name, I, segments, id, loop, List.of(elements));
    }

    static Stream<Case> missing() {
        return Stream.of(
                p("CLM01 empty", professional("CLM**100***11:B:1*Y*A*Y*Y"), "CLM", "2300",
                        simple(1, "1028", ElementErrorCode.REQUIRED_MISSING, null)),
                p("NM109 absent at the end of 2010BA NM1", subscriber("NM1*IL*1*DOE*JANE****MI"), "NM1", "2010BA",
                        simple(9, "67", ElementErrorCode.REQUIRED_MISSING, null)),
                p("CLM05 composite missing", professional("CLM*C1*100****Y*A*Y*Y"), "CLM", "2300",
                        simple(5, null, ElementErrorCode.REQUIRED_MISSING, null)),
                p("SV101-2 procedure code missing", professional(CLAIM_P, "LX*1", "SV1*HC*100*UN*1***1"),
                        "SV1", "2400", component(1, 2, "234", ElementErrorCode.REQUIRED_MISSING, null)),
                p("DTP03 missing", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1", "DTP*472*D8"),
                        "DTP", "2400", simple(3, "1251", ElementErrorCode.REQUIRED_MISSING, null)));
    }

    static Stream<Case> tooShort() {
        return Stream.of(
                p("NM109 of one character", subscriber("NM1*IL*1*DOE*JANE****MI*M"), "NM1", "2010BA",
                        simple(9, "67", ElementErrorCode.TOO_SHORT, "M")),
                p("SV101-3 modifier of one character",
                        professional(CLAIM_P, "LX*1", "SV1*HC:99213:5*100*UN*1***1"), "SV1", "2400",
                        component(1, 3, "1339", ElementErrorCode.TOO_SHORT, "5")),
                p("NM101 of one character where 2010AA starts", List.of("ST*837*0001*005010X222A1",
                        "BHT*0019*00*1*20260101*1200*CH", "HL*1**20*1", "NM1*8*2*BILLING*****XX*1234567893"),
                        "NM1", "2010AA", simple(1, "98", ElementErrorCode.TOO_SHORT, "8")));
    }

    static Stream<Case> tooLong() {
        return Stream.of(
                p("CLM01 of 39 characters", professional("CLM*" + LONG_38 + "B*100***11:B:1*Y*A*Y*Y"), "CLM",
                        "2300", simple(1, "1028", ElementErrorCode.TOO_LONG, LONG_38 + "B")),
                p("SV102 of 19 digits", professional(CLAIM_P, "LX*1", "SV1*HC:99213*1234567890123456789*UN*1***1"),
                        "SV1", "2400", simple(2, "782", ElementErrorCode.TOO_LONG, "1234567890123456789")),
                p("SV104 of 16 digits with a point", professional(CLAIM_P, "LX*1",
                        "SV1*HC:99213*100*UN*123456789012.3456***1"), "SV1", "2400",
                        simple(4, "380", ElementErrorCode.TOO_LONG, "123456789012.3456")),
                p("LX01 of 7 digits", professional(CLAIM_P, "LX*1234567"), "LX", "2400",
                        simple(1, "554", ElementErrorCode.TOO_LONG, "1234567")),
                p("CLM05-3 of two characters", professional("CLM*C1*100***11:B:11*Y*A*Y*Y"), "CLM", "2300",
                        component(5, 3, "1325", ElementErrorCode.TOO_LONG, "11")));
    }

    static Stream<Case> invalidCharacter() {
        return Stream.of(
                p("CLM01 with a non-ASCII letter", professional("CLM*JOS\u00c9*100***11:B:1*Y*A*Y*Y"), "CLM",
                        "2300", simple(1, "1028", ElementErrorCode.INVALID_CHARACTER, "JOS\u00c9")),
                p("CLM01 with a control character", professional("CLM*C\u00071*100***11:B:1*Y*A*Y*Y"), "CLM",
                        "2300", simple(1, "1028", ElementErrorCode.INVALID_CHARACTER, "C\u00071")),
                p("CLM01 with the component separator", professional("CLM*C:1*100***11:B:1*Y*A*Y*Y"), "CLM",
                        "2300", simple(1, "1028", ElementErrorCode.INVALID_CHARACTER, "C:1")),
                p("SV102 1E400", professional(CLAIM_P, "LX*1", "SV1*HC:99213*1E400*UN*1***1"), "SV1", "2400",
                        simple(2, "782", ElementErrorCode.INVALID_CHARACTER, "1E400")),
                p("SV102 with two points", professional(CLAIM_P, "LX*1", "SV1*HC:99213*1.0.0*UN*1***1"), "SV1",
                        "2400", simple(2, "782", ElementErrorCode.INVALID_CHARACTER, "1.0.0")),
                p("CLM02 with a plus sign", professional("CLM*C1*+100***11:B:1*Y*A*Y*Y"), "CLM", "2300",
                        simple(2, "782", ElementErrorCode.INVALID_CHARACTER, "+100")),
                p("CLM02 minus only", professional("CLM*C1*-***11:B:1*Y*A*Y*Y"), "CLM", "2300",
                        simple(2, "782", ElementErrorCode.INVALID_CHARACTER, "-")),
                p("LX01 with a decimal point", professional(CLAIM_P, "LX*1.0"), "LX", "2400",
                        simple(1, "554", ElementErrorCode.INVALID_CHARACTER, "1.0")),
                p("SV101-2 with a tab", professional(CLAIM_P, "LX*1", "SV1*HC:992\t13*100*UN*1***1"), "SV1",
                        "2400", component(1, 2, "234", ElementErrorCode.INVALID_CHARACTER, null)));
    }

    static Stream<Case> invalidDate() {
        return Stream.of(
                p("D8 30 February", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1", "DTP*472*D8*20260230"),
                        "DTP", "2400", simple(3, "1251", ElementErrorCode.INVALID_DATE, "20260230")),
                p("D8 of 6 digits", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1", "DTP*472*D8*260230"),
                        "DTP", "2400", simple(3, "1251", ElementErrorCode.INVALID_DATE, "260230")),
                p("RD8 ending before it starts", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1",
                        "DTP*472*RD8*20260310-20260301"), "DTP", "2400",
                        simple(3, "1251", ElementErrorCode.INVALID_DATE, "20260310-20260301")),
                p("RD8 with one date", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1",
                        "DTP*472*RD8*20260310"), "DTP", "2400",
                        simple(3, "1251", ElementErrorCode.INVALID_DATE, "20260310")),
                i("837I statement period 434 with month 13", institutional(CLAIM_I, "DTP*434*RD8*20261301-20261302"),
                        "DTP", "2300", simple(3, "1251", ElementErrorCode.INVALID_DATE, "20261301-20261302")),
                p("DMG02 birth date 29 February of a common year", subscriber("NM1*IL*1*DOE*JANE****MI*M1", "DMG*D8*19630229*F"), "DMG", "2010BA",
                        simple(2, "1251", ElementErrorCode.INVALID_DATE, "19630229")));
    }

    static Stream<Case> invalidCode() {
        return Stream.of(
                p("NM102 3 in 2010AA", List.of("ST*837*0001*005010X222A1", "BHT*0019*00*1*20260101*1200*CH",
                        "HL*1**20*1", "NM1*85*3*BILLING*****XX*1234567893"), "NM1", "2010AA",
                        simple(2, "1065", ElementErrorCode.INVALID_CODE_VALUE, "3")),
                p("NM101 117 where 2010AA starts", List.of("ST*837*0001*005010X222A1",
                        "BHT*0019*00*1*20260101*1200*CH", "HL*1**20*1", "NM1*117*2*BILLING*****XX*1234567893"),
                        "NM1", "2010AA", simple(1, "98", ElementErrorCode.INVALID_CODE_VALUE, "117")),
                p("HL03 21", List.of("ST*837*0001*005010X222A1", "BHT*0019*00*1*20260101*1200*CH", "HL*1**21*1"),
                        "HL", "", simple(3, "735", ElementErrorCode.INVALID_CODE_VALUE, "21")),
                p("SV101-1 XX", professional(CLAIM_P, "LX*1", "SV1*XX:99213*100*UN*1***1"), "SV1", "2400",
                        component(1, 1, "235", ElementErrorCode.INVALID_CODE_VALUE, "XX")),
                p("SV107-2 diagnosis code pointer 13 (N0 with codes)",
                        professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1:13"), "SV1", "2400",
                        component(7, 2, "1328", ElementErrorCode.INVALID_CODE_VALUE, "13")),
                p("CLM05-2 A on an 837P", professional("CLM*C1*100***11:A:1*Y*A*Y*Y"), "CLM", "2300",
                        component(5, 2, "1332", ElementErrorCode.INVALID_CODE_VALUE, "A")),
                i("CLM05-2 B on an 837I", institutional("CLM*C1*100***13:B:1**A*Y*Y"), "CLM", "2300",
                        component(5, 2, "1332", ElementErrorCode.INVALID_CODE_VALUE, "B")),
                p("claim frequency 2 on an 837P", professional("CLM*C1*100***11:B:2*Y*A*Y*Y"), "CLM", "2300",
                        component(5, 3, "1325", ElementErrorCode.INVALID_CODE_VALUE, "2")),
                p("REF01 ZZ in 2400", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1", "REF*ZZ*X1"),
                        "REF", "2400", simple(1, "128", ElementErrorCode.INVALID_CODE_VALUE, "ZZ")),
                p("DTP01 999 in 2400", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1",
                        "DTP*999*D8*20260101"), "DTP", "2400",
                        simple(1, "374", ElementErrorCode.INVALID_CODE_VALUE, "999")),
                p("DTP02 RD9 (its DTP03 is then not judged)", professional(CLAIM_P, "LX*1",
                        "SV1*HC:99213*100*UN*1***1", "DTP*472*RD9*20260101-20260102"), "DTP", "2400",
                        simple(2, "1250", ElementErrorCode.INVALID_CODE_VALUE, "RD9")),
                p("NM108 X in 2310B", professional(CLAIM_P, "NM1*82*1*DOC*A****X*1234567893"), "NM1", "2310B",
                        simple(8, "66", ElementErrorCode.INVALID_CODE_VALUE, "X")),
                p("SBR09 XX", List.of("ST*837*0001*005010X222A1", "BHT*0019*00*1*20260101*1200*CH", "HL*1**20*1",
                        "HL*2*1*22*0", "SBR*P*18*GRP******XX"), "SBR", "2000B",
                        simple(9, "1032", ElementErrorCode.INVALID_CODE_VALUE, "XX")));
    }

    static Stream<Case> tooManyComponentsOrElementsOrRepetitions() {
        return Stream.of(
                p("SV101 with 9 components", professional(CLAIM_P, "LX*1",
                        "SV1*HC:99213:25:26:27:28:DESC:X:9*100*UN*1***1"), "SV1", "2400",
                        component(1, 9, null, ElementErrorCode.TOO_MANY_COMPONENTS, "HC:99213:25:26:27:28:DESC:X:9")),
                p("CLM05 with 4 components", professional("CLM*C1*100***11:B:1:4*Y*A*Y*Y"), "CLM", "2300",
                        component(5, 4, null, ElementErrorCode.TOO_MANY_COMPONENTS, "11:B:1:4")),
                p("LX with two elements", professional(CLAIM_P, "LX*1*2"), "LX", "2400",
                        simple(2, null, ElementErrorCode.TOO_MANY_DATA_ELEMENTS, null)),
                p("CLM01 repeated", professional("CLM*C1^C2*100***11:B:1*Y*A*Y*Y"), "CLM", "2300",
                        simple(1, "1028", ElementErrorCode.TOO_MANY_REPETITIONS, "C1^C2")),
                p("CLM03 not used but present", professional("CLM*C1*100*X**11:B:1*Y*A*Y*Y"), "CLM", "2300",
                        simple(3, "1032", ElementErrorCode.NOT_USED_PRESENT, "X")));
    }

    static Stream<Case> all() {
        return Stream.of(missing(), tooShort(), tooLong(), invalidCharacter(), invalidDate(), invalidCode(),
                tooManyComponentsOrElementsOrRepetitions()).flatMap(s -> s);
    }

    private static void assertCase(Case c) {
        List<SegmentError> errors = lastSegment(c.guide(), c.segments());
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        SegmentError error = errors.get(0);
        assertEquals(c.segmentId(), error.segmentId());
        assertEquals(c.segments().size(), error.position());
        assertEquals(Optional.of(c.loop()).filter(l -> !l.isEmpty()), error.loopId());
        assertEquals(SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS, error.code());
        assertEquals(c.elements(), error.elements());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missing")
    void requiredElementMissingIsCode1(Case c) {
        assertCase(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooShort")
    void tooShortIsCode4(Case c) {
        assertCase(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLong")
    void tooLongIsCode5(Case c) {
        assertCase(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCharacter")
    void invalidCharacterIsCode6(Case c) {
        assertCase(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDate")
    void invalidDateIsCode8(Case c) {
        assertCase(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCode")
    void invalidCodeIsCode7(Case c) {
        assertCase(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooManyComponentsOrElementsOrRepetitions")
    void tooManyComponentsElementsRepetitionsAndNotUsed(Case c) {
        assertCase(c);
    }

    /** Member data must not reach logs: the message names the element, never its value. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void messageNamesTheElementButNeverTheValue(Case c) {
        SegmentError error = lastSegment(c.guide(), c.segments()).get(0);
        String last = c.segments().get(c.segments().size() - 1);
        String[] elements = last.split("\\*", -1);
        for (ElementError element : error.elements()) {
            String value = element.position() < elements.length ? elements[element.position()] : "";
            if (element.component().isPresent() && element.code() != ElementErrorCode.TOO_MANY_COMPONENTS) {
                String[] parts = value.split(":", -1);
                value = element.component().getAsInt() <= parts.length ? parts[element.component().getAsInt() - 1] : "";
            }
            if (value.length() > 2) {
                assertFalse(error.message().contains(value), error.message());
            }
        }
        assertTrue(error.message().startsWith(c.segmentId()), error.message());
        assertTrue(error.message().contains("(segment " + c.segments().size()), error.message());
    }

    @Test
    void messageSaysWhichElementWhereAndWhy() {
        SegmentError error = lastSegment(P, professional("CLM*" + LONG_38 + "B*100***11:B:1*Y*A*Y*Y")).get(0);
        assertEquals("CLM01 (segment 11, loop 2300) is longer than 38 characters", error.message());
    }

    @Test
    void onlyThe837GuidesTheGatewayReadsHaveAChecker() {
        assertTrue(TransactionSetChecker.supports(P));
        assertTrue(TransactionSetChecker.supports(I));
        assertFalse(TransactionSetChecker.supports("005010X222"));
        assertEquals(I, TransactionSetChecker.forGuide(I).guide());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TransactionSetChecker.forGuide("005010X221A1"));
    }

    static Stream<Arguments> validBoundaries() {
        return Stream.of(
                Arguments.of("CLM01 of 38 characters", professional("CLM*" + LONG_38 + "*100***11:B:1*Y*A*Y*Y")),
                Arguments.of("SV107 pointers 1 to 12", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1:9:10:12")),
                Arguments.of("CLM02 negative with 18 digits and a point",
                        professional("CLM*C1*-12345678901234567.8***11:B:1*Y*A*Y*Y")),
                Arguments.of("CLM02 with a leading point", professional("CLM*C1*.5***11:B:1*Y*A*Y*Y")),
                Arguments.of("CLM01 with lower case and specials",
                        professional("CLM*ab%@[]_{}|<>#$&'()+,-./;?=!\" 1*100***11:B:1*Y*A*Y*Y")),
                Arguments.of("SV101 with 4 modifiers and a description",
                        professional(CLAIM_P, "LX*1", "SV1*HC:99213:25:26:27:28:DESC*100*UN*1***1")),
                Arguments.of("CLM05 with a trailing component separator",
                        professional("CLM*C1*100***11:B:1:*Y*A*Y*Y")),
                Arguments.of("RD8 of one day", professional(CLAIM_P, "LX*1", "SV1*HC:99213*100*UN*1***1",
                        "DTP*472*RD8*20240229-20240229")),
                Arguments.of("LX with a trailing empty element", professional(CLAIM_P, "LX*1*")),
                Arguments.of("837I DT admission date and hour",
                        institutional(CLAIM_I, "DTP*435*DT*202603012359")),
                Arguments.of("837I TM discharge hour", institutional(CLAIM_I, "DTP*096*TM*2359")),
                Arguments.of("837I SV2 without procedure",
                        institutional(CLAIM_I, "LX*1", "SV2*0300**100*UN*1")),
                Arguments.of("free-form K3 in 2300", professional(CLAIM_P, "K3*ANY THING AT ALL")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validBoundaries")
    void validValuesAtTheBoundariesPass(String name, List<String> segments) {
        assertEquals(List.of(), lastSegment(segments.get(0).endsWith(I) ? I : P, segments));
    }
}
