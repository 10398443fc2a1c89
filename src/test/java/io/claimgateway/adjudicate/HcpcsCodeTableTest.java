package io.claimgateway.adjudicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HcpcsCodeTableTest {

    private final HcpcsCodeTable defaults = HcpcsCodeTable.defaults();

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "S0353, 2012-03-31, false",
        "S0353, 2012-04-01, true",
        "S0354, 2012-03-31, false",
        "S0354, 2012-04-01, true",
        "S0354, 2030-01-01, true",
        "S0355, 2025-01-01, false"})
    void programCodesAreValidFromTheDayTheyWereAdded(String code, LocalDate dos, boolean valid) {
        assertEquals(valid, defaults.isValidOn(code, dos));
    }

    @Test
    void defaultTableDescribesS9353WithItsQuotedComma() {
        assertEquals("Home infusion therapy, continuous insulin infusion therapy; per diem",
                defaults.find("S9353").orElseThrow().description());
    }

    @ParameterizedTest(name = "terminated code on {0}: {1}")
    @CsvSource({"2020-12-31, true", "2021-01-01, false"})
    void terminatedCodeIsValidThroughItsTerminationDate(LocalDate dos, boolean valid) {
        HcpcsCodeTable table = HcpcsCodeTable.load(new StringReader(
                "code,description,added,terminated\nS0999,old code,2010-01-01,2020-12-31\n"));
        assertEquals(valid, table.isValidOn("S0999", dos));
    }

    @Test
    void badRowsAreRejectedWithTheirLineNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HcpcsCodeTable.load(new StringReader(
                "code,description,added,terminated\n# comment\nS0001,x,2012-13-01,\nS0002,x\n")));
        assertEquals("Invalid HCPCS code table: line 3: dates must be YYYY-MM-DD (2012-13-01); "
                + "line 4: expected 4 fields, found 2", e.getMessage());
    }
}
