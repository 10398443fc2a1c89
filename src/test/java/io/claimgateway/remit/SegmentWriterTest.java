package io.claimgateway.remit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentWriterTest {

    @ParameterizedTest
    @CsvSource({"300.00,300", "350.50,350.5", "0.00,0", "0,0", "0.25,0.25", "-50.00,-50", "1E+3,1000",
            "12345678.90,12345678.9"})
    void amountsArePlainDecimalsWithoutTrailingZeros(String amount, String x12) {
        assertEquals(x12, X12Amounts.format(new BigDecimal(amount)));
    }

    @Test
    void trailingEmptyElementsAndComponentsAreDropped() {
        StringWriter out = new StringWriter();
        SegmentWriter segments = new SegmentWriter(out);

        segments.write("SVC", new SegmentWriter.Composite(Arrays.asList("HC", "S0353", "", null)), "350", "300",
                null, "1", null, "");
        segments.write("NM1", "QC", "1", "Doe", "Jane", null, null, null, "", null);

        assertEquals("SVC*HC:S0353*350*300**1~\nNM1*QC*1*Doe*Jane~\n", out.toString());
        assertEquals(2, segments.count());
    }

    @Test
    void identifierWithADelimiterIsRefused() {
        SegmentWriter segments = new SegmentWriter(new StringWriter());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> segments.write("CLP", "PCN~1", "1"));
        assertEquals("CLP01 holds a character our X12 cannot carry", error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zoë Müller-Ñúñez|Zoe Muller-Nunez",
            "Smith*Jones|Smith Jones",
            "A:B^C~D|A B C D",
            "  Oncology   Group  |Oncology Group"})
    void freeTextLosesAccentsAndDelimiters(String raw, String clean) {
        assertEquals(clean, SegmentWriter.text(raw));
    }
}
