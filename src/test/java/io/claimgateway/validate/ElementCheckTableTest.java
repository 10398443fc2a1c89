package io.claimgateway.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.support.CsvReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ElementCheckTableTest {

    private static final String HEADER =
            "guides,loop,segment,position,component,reference,usage,type,min,max,codes,format_from,name,codes_when\n";

    /** Every segment ClaimAssembler reads, in every loop it reads it in, has rules in both guides. */
    @ParameterizedTest
    @EnumSource(Guide.class)
    void everySegmentTheGatewayReadsIsInTheTable(Guide guide) {
        ElementCheckTable table = ElementCheckTable.load(guide);
        List<String> used = List.of("2000A/HL", "2010AA/NM1", "2010AA/REF", "2000B/HL", "2000B/SBR", "2010BA/NM1",
                "2010BA/DMG", "2010BB/NM1", "2000C/HL", "2010CA/NM1", "2010CA/DMG", "2300/CLM", "2300/REF",
                "2300/DTP", "2300/HI", "2310A/NM1", "2310B/NM1", "2320/SBR", "2400/LX", "2400/DTP", "2400/REF",
                guide == Guide.PROFESSIONAL ? "2400/SV1" : "2400/SV2");
        for (String loopAndSegment : used) {
            String[] parts = loopAndSegment.split("/");
            assertTrue(table.find(parts[0], parts[1]).isPresent(), guide + " " + loopAndSegment);
        }
        assertTrue(table.find("2400", guide == Guide.PROFESSIONAL ? "SV2" : "SV1").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"PROFESSIONAL, CLM, 20", "INSTITUTIONAL, CLM, 20", "PROFESSIONAL, HI, 12", "INSTITUTIONAL, HI, 12"})
    void segmentsHaveTheStandardsNumberOfElements(Guide guide, String segment, int elements) {
        assertEquals(elements, ElementCheckTable.load(guide).find("2300", segment).orElseThrow().maxElements());
    }

    @Test
    void referenceNumbersOfTheElementsTheGatewayReads() {
        ElementCheckTable p = ElementCheckTable.load(Guide.PROFESSIONAL);
        assertEquals("1028", p.find("2300", "CLM").orElseThrow().element(1).orElseThrow().reference());
        assertEquals("782", p.find("2300", "CLM").orElseThrow().element(2).orElseThrow().reference());
        assertEquals("67", p.find("2010BA", "NM1").orElseThrow().element(9).orElseThrow().reference());
        assertEquals("782", p.find("2400", "SV1").orElseThrow().element(2).orElseThrow().reference());
        assertEquals("380", p.find("2400", "SV1").orElseThrow().element(4).orElseThrow().reference());
        assertEquals("1251", p.find("2400", "DTP").orElseThrow().element(3).orElseThrow().reference());
        assertEquals("127", p.find("2300", "REF").orElseThrow().element(2).orElseThrow().reference());
        assertEquals("628", p.find("2000A", "HL").orElseThrow().element(1).orElseThrow().reference());
        assertEquals("554", p.find("2400", "LX").orElseThrow().element(1).orElseThrow().reference());
        assertEquals(Set.of("HC", "ER", "IV", "WK"),
                p.find("2400", "SV1").orElseThrow().component(1, 1).orElseThrow().codes());
        assertEquals(Set.of("A"), ElementCheckTable.load(Guide.INSTITUTIONAL).find("2300", "CLM").orElseThrow()
                .component(5, 2).orElseThrow().codes());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "P,2300,CLM,1,,1028,X,AN,1,38,,,Patient Control Number,",
        "P,2300,CLM,1,,1028,R,AN,9,3,,,min above max,",
        "P,2300,DTP,3,,1251,R,PERIOD,1,35,,,a period without its format element,",
        "P,2300,CLM,5,1,1331,R,AN,1,2,,,a component without its composite row,",
        "P,2300,CLM,1,,1028,R,XX,1,38,,,unknown type,",
        "P,2300,CLM,1,,1028,R,AN,1,38,,too few fields"})
    void aBrokenRowIsRejectedWithItsLineNumber(String row) {
        List<CsvReader.Row> rows = CsvReader.read(new StringReader("# comment\n" + HEADER + row + "\n"), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElementCheckTable.parse(rows, Guide.PROFESSIONAL, Map.of()));
        assertTrue(e.getMessage().contains("line 3") || e.getMessage().contains("composite row"), e.getMessage());
    }

    @Test
    void aWrongHeaderIsRejected() {
        List<CsvReader.Row> rows = CsvReader.read(new StringReader("guides,loop\n"), true);
        assertThrows(IllegalArgumentException.class, () -> ElementCheckTable.parse(rows, Guide.PROFESSIONAL, Map.of()));
    }

    @Test
    void rowsOfTheOtherGuideAreLeftOut() {
        List<CsvReader.Row> rows = CsvReader.read(new StringReader(HEADER
                + "I,2300,CLM,1,,1028,R,AN,1,38,,,Patient Control Number,\n"), true);
        assertTrue(ElementCheckTable.parse(rows, Guide.PROFESSIONAL, Map.of()).find("2300", "CLM").isEmpty());
        assertTrue(ElementCheckTable.parse(rows, Guide.INSTITUTIONAL, Map.of()).find("2300", "CLM").isPresent());
    }
}
