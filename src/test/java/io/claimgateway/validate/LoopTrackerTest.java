package io.claimgateway.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loop of each kind of segment (tag and first element) at its first occurrence in a sample,
 * as the 999's IK303 and the table lookup need it.
 */
class LoopTrackerTest {

    /** First occurrence of each "TAG*first-element" in the file's first transaction set, with its loop. */
    private static Map<String, String> firstLoops(Guide guide, List<String> segments) {
        LoopTracker tracker = new LoopTracker(guide);
        Map<String, String> loops = new LinkedHashMap<>();
        for (String segment : segments) {
            String[] elements = segment.split("\\*", -1);
            String loop = tracker.next(elements[0], elements).orElse("-");
            String key = elements[0] + (elements.length > 1 && List.of("NM1", "REF", "DTP", "HL", "SBR").contains(
                    elements[0]) ? "*" + (elements[0].equals("HL") ? elements[3] : elements[1]) : "");
            loops.putIfAbsent(key, loop);
        }
        return loops;
    }

    private static List<String> firstTransactionSet(String sample) throws IOException {
        String text = Files.readString(Path.of("samples", sample), StandardCharsets.ISO_8859_1);
        List<String> all = List.of(text.split("~\\s*"));
        int st = all.indexOf(all.stream().filter(s -> s.startsWith("ST*")).findFirst().orElseThrow());
        int se = all.indexOf(all.stream().filter(s -> s.startsWith("SE*")).findFirst().orElseThrow());
        return all.subList(st, se + 1);
    }

    @Test
    void professionalSampleLoops() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ST", "-");
        expected.put("BHT", "-");
        expected.put("NM1*41", "1000A");
        expected.put("PER", "1000A");
        expected.put("NM1*40", "1000B");
        expected.put("HL*20", "2000A");
        expected.put("NM1*85", "2010AA");
        expected.put("N3", "2010AA");
        expected.put("N4", "2010AA");
        expected.put("REF*EI", "2010AA");
        expected.put("HL*22", "2000B");
        expected.put("SBR*P", "2000B");
        expected.put("NM1*IL", "2010BA");
        expected.put("DMG", "2010BA");
        expected.put("NM1*PR", "2010BB");
        expected.put("CLM", "2300");
        expected.put("REF*G1", "2300");
        expected.put("HI", "2300");
        expected.put("NM1*82", "2310B");
        expected.put("PRV", "2310B");
        expected.put("LX", "2400");
        expected.put("SV1", "2400");
        expected.put("DTP*472", "2400");
        expected.put("REF*6R", "2400");
        expected.put("HL*23", "2000C");
        expected.put("PAT", "2000C");
        expected.put("NM1*QC", "2010CA");
        expected.put("SE", "-");
        assertEquals(expected, firstLoops(Guide.PROFESSIONAL, firstTransactionSet("01-harborview-oncology.837p.x12")));
    }

    @Test
    void institutionalSampleLoops() throws IOException {
        Map<String, String> loops = firstLoops(Guide.INSTITUTIONAL,
                firstTransactionSet("04-lakeside-cancer-center.837i.x12"));
        assertEquals(Map.of("CLM", "2300", "DTP*434", "2300", "CL1", "2300", "NM1*71", "2310A", "LX", "2400",
                "SV2", "2400", "DTP*472", "2400", "REF*6R", "2400"),
                Map.of("CLM", loops.get("CLM"), "DTP*434", loops.get("DTP*434"), "CL1", loops.get("CL1"),
                        "NM1*71", loops.get("NM1*71"), "LX", loops.get("LX"), "SV2", loops.get("SV2"),
                        "DTP*472", loops.get("DTP*472"), "REF*6R", loops.get("REF*6R")));
    }

    @Test
    void otherPayerLineAdjudicationAndLineProviderLoops() {
        List<String> segments = List.of("ST*837*0001*005010X222A1", "HL*1**20*1", "NM1*85*2*B*****XX*1",
                "NM1*87*2", "HL*2*1*22*0", "SBR*P*18", "NM1*IL*1*D", "NM1*PR*2*P", "CLM*C1*1", "NM1*77*2",
                "SBR*S*18", "NM1*IL*1*O", "NM1*PR*2*Q", "NM1*85*2", "LX*1", "SV1*HC:1*1", "LIN**N4*1",
                "NM1*82*1*R", "NM1*DK*1", "SVD*Q*1", "CAS*CO*45*1", "LQ*UT*1", "FRM*1", "LX*2", "NM1*QB*2",
                "SE*1*0001");
        assertEquals(List.of("-", "2000A", "2010AA", "2010AB", "2000B", "2000B", "2010BA", "2010BB", "2300",
                "2310C", "2320", "2330A", "2330B", "2330G", "2400", "2400", "2410", "2420A", "2420E", "2430",
                "2430", "2440", "2440", "2400", "2420B", "-"), loopsOf(Guide.PROFESSIONAL, segments));
    }

    @Test
    void institutionalNameLoopsDifferFromProfessional() {
        List<String> segments = List.of("ST*837*0001*005010X223A2", "HL*1**20*1", "NM1*85*2", "HL*2*1*22*0",
                "SBR*P*18", "NM1*IL*1", "NM1*PR*2", "CLM*C1*1", "NM1*71*1", "NM1*72*1", "NM1*ZZ*1", "NM1*82*1",
                "NM1*77*2", "NM1*DN*1", "SBR*S*18", "NM1*IL*1", "NM1*71*1", "NM1*85*2", "LX*1", "NM1*72*1",
                "NM1*82*1", "NM1*DN*1", "SE*1*0001");
        assertEquals(List.of("-", "2000A", "2010AA", "2000B", "2000B", "2010BA", "2010BB", "2300", "2310A",
                "2310B", "2310C", "2310D", "2310E", "2310F", "2320", "2330A", "2330C", "2330I", "2400", "2420A",
                "2420C", "2420D", "-"), loopsOf(Guide.INSTITUTIONAL, segments));
    }

    @Test
    void unknownHierarchicalLevelHasNoLoopUntilTheNextKnownOne() {
        List<String> segments = List.of("ST*837*0001*005010X222A1", "HL*1**20*1", "HL*2*1*99*0", "NM1*IL*1",
                "CLM*C1*1", "HL*3*1*22*0", "NM1*IL*1");
        assertEquals(List.of("-", "2000A", "-", "-", "-", "2000B", "2010BA"), loopsOf(Guide.PROFESSIONAL, segments));
    }

    private static List<String> loopsOf(Guide guide, List<String> segments) {
        LoopTracker tracker = new LoopTracker(guide);
        return segments.stream().map(s -> {
            String[] elements = s.split("\\*", -1);
            return tracker.next(elements[0], elements).orElse("-");
        }).toList();
    }
}
