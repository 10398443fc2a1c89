package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DelimitersTest {

    @Test
    void readsTheFourDelimitersFromTheFixedPositions() {
        Delimiters d = Delimiters.fromIsa(X12.ISA + "~\nGS");
        assertEquals(new Delimiters('*', ':', Optional.of('^'), '~', true), d);
    }

    @Test
    void terminatorWithoutLineBreakIsNoted() {
        assertEquals(false, Delimiters.fromIsa(X12.ISA + "~GS").lineBreakAfterTerminator());
    }

    @Test
    void crLfAfterTheTerminatorCountsAsALineBreak() {
        assertEquals(new Delimiters('*', ':', Optional.of('^'), '~', true), Delimiters.fromIsa(X12.ISA + "~\r\nGS"));
    }

    @Test
    void tildeCaretUnderscoreStyleFromTheCorpusIsRead() {
        String isa = X12.withDelimiters(X12.ISA.replace("*^*", "*U*"), '~', '^', '^', '_') + "_\n";
        assertEquals(new Delimiters('~', '^', Optional.empty(), '_', true), Delimiters.fromIsa(isa));
    }

    @Test
    void newlineCanBeTheTerminator() {
        Delimiters d = Delimiters.fromIsa(X12.ISA + "\nGS");
        assertEquals(new Delimiters('*', ':', Optional.of('^'), '\n', false), d);
        assertEquals(true, d.newlineTerminated());
    }

    @Test
    void isa11UMeansNoRepetitionSeparator() {
        assertEquals(Optional.empty(), Delimiters.fromIsa(X12.ISA.replace("*^*", "*U*") + "~").repetition());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty file||EMPTY_FILE|The file is empty",
        "not ISA|GS*HC*X~|NO_INTERCHANGE_HEADER|The file does not start with ISA; it starts with \"GS*\"",
        "short|ISA*00*          *00*~|ISA_TRUNCATED|The file ends after 22 characters, inside the ISA; an ISA is 106 characters",
    })
    void unusableStartsAreRejected(String name, String text, RejectionReason reason, String message) {
        assertRejected(text == null ? "" : text, reason, message);
    }

    @Test
    void shortIsa02IsReportedAsNotFixedWidth() {
        String isa = X12.ISA.replace("*00*          *00*", "*00*         *00*") + "~\nGS*HC*X~";
        assertRejected(isa, RejectionReason.ISA_NOT_FIXED_WIDTH,
                "ISA02 is 9 characters; the fixed-width ISA (106 characters) needs 10");
    }

    @Test
    void longIsa06IsReportedAsNotFixedWidth() {
        String isa = X12.ISA.replace("SENDER         ", "SENDER          ") + "~\n";
        assertRejected(isa, RejectionReason.ISA_NOT_FIXED_WIDTH,
                "ISA06 is 16 characters; the fixed-width ISA (106 characters) needs 15");
    }

    @Test
    void alphanumericElementSeparatorIsRejected() {
        assertRejected(X12.withDelimiters(X12.ISA, 'X', ':', '^', '~') + "~", RejectionReason.INVALID_ELEMENT_SEPARATOR,
                "The element separator 'X' (ISA position 3) cannot be a delimiter");
    }

    @Test
    void componentSeparatorEqualToElementSeparatorIsRejected() {
        assertRejected(X12.ISA.substring(0, 104) + "*~", RejectionReason.INVALID_COMPONENT_SEPARATOR,
                "ISA16 component separator '*' is the same as the element separator");
    }

    @Test
    void terminatorEqualToComponentSeparatorIsRejected() {
        assertRejected(X12.ISA + ":", RejectionReason.INVALID_SEGMENT_TERMINATOR,
                "The segment terminator ':' is the same as the component separator");
    }

    @Test
    void alphanumericTerminatorIsRejected() {
        assertRejected(X12.ISA + "G", RejectionReason.INVALID_SEGMENT_TERMINATOR,
                "The segment terminator 'G' (ISA position 105) cannot be a delimiter");
    }

    @Test
    void repetitionSeparatorEqualToTerminatorIsRejected() {
        assertRejected(X12.ISA.replace("*^*", "*~*") + "~", RejectionReason.INVALID_REPETITION_SEPARATOR,
                "ISA11 repetition separator '~' is the same as the segment terminator");
    }

    @Test
    void repetitionSeparatorEqualToElementSeparatorIsRejected() {
        assertRejected(X12.ISA.replace("*^*", "***") + "~", RejectionReason.INVALID_REPETITION_SEPARATOR,
                "ISA11 repetition separator '*' is the same as the element separator");
    }

    @Test
    void alphanumericRepetitionSeparatorOtherThanUIsRejected() {
        assertRejected(X12.ISA.replace("*^*", "*X*") + "~", RejectionReason.INVALID_REPETITION_SEPARATOR,
                "ISA11 repetition separator 'X' cannot be a delimiter");
    }

    private static void assertRejected(String text, RejectionReason reason, String message) {
        Rejection r = assertThrows(RejectionException.class, () -> Delimiters.fromIsa(text)).rejection();
        assertEquals(reason, r.reason());
        assertEquals(message, r.message());
        assertEquals(0L, r.byteOffset().orElseThrow());
    }
}
