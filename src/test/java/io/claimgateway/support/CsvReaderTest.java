package io.claimgateway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Row> read(String text, boolean comments) {
        return CsvReader.read(new StringReader(text), comments);
    }

    @Test
    void rowsKeepTheLineTheyStartOnPastBlankAndCommentLines() {
        List<CsvReader.Row> rows = read("\uFEFFcode,description\n\n# a comment\n   \nS0353, first visit ,\r\nS0354,\"a, \"\"b\"\"\"\n", true);

        assertEquals(List.of(
                new CsvReader.Row(1, List.of("code", "description")),
                new CsvReader.Row(5, List.of("S0353", "first visit", "")),
                new CsvReader.Row(6, List.of("S0354", "a, \"b\""))), rows);
    }

    @Test
    void withoutCommentsAHashLineIsARow() {
        assertEquals(List.of(new CsvReader.Row(1, List.of("npi")), new CsvReader.Row(2, List.of("# 1", "x"))),
                read("npi\n# 1,x\n", false));
    }

    @Test
    void aQuotedFieldSpanningLinesIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("a,b\nc,\"d\ne\",f\n", false));

        assertEquals("line 2: unterminated quoted field", e.getMessage());
    }

    @Test
    void aQuoteNeverClosedIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("a,b\nc,\"d\n", false));

        assertEquals("line 3: Missing closing quote for value", e.getMessage());
    }

    @Test
    void aShippedTableIsReadFromTheClassPath() {
        assertEquals(List.of("list", "code"), CsvReader.readResource("/mappings/x12-code-lists.csv").get(0).fields());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CsvReader.readResource("/mappings/no-such-table.csv"));
        assertEquals("/mappings/no-such-table.csv is not on the classpath", e.getMessage());
    }
}
