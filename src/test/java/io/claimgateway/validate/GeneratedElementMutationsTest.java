package io.claimgateway.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.support.CsvReader;
import io.claimgateway.envelope.ElementError;
import io.claimgateway.envelope.ElementErrorCode;
import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.SegmentErrorCode;
import io.claimgateway.parse.EnvelopeReader;
import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.ReceivedSet;
import io.claimgateway.parse.ScanPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated cases: every element the table ({@code mappings/837.element-checks.csv}) describes for
 * every (loop, segment) of samples 01 to 05 is broken one check family at a time, in one segment
 * occurrence of an otherwise valid sample, and the file is read by the real envelope pass with the
 * guide checks. The set must be rejected with exactly one IK3 (segment id, position with ST = 1,
 * loop, IK304 8) holding exactly one IK4 (position, component, reference number from the table,
 * IK403), and every other set of the file accepted.
 *
 * <p>The table is read here with its own small reader, so a wrong reference number or a lost row in
 * {@link ElementCheckTable} shows. The expected loop is where {@link LoopTracker} places the segment
 * in the unbroken file (LoopTrackerTest covers the loops themselves): a broken value must be
 * reported in the loop the segment is in. For each element, the first occurrence in the samples
 * that has a value is broken; the situational elements no sample sends have no value to break and
 * are listed by {@link #casesCoverEverySegmentKindAndFamily}.
 */
class GeneratedElementMutationsTest {

    private static final List<String> SAMPLES = List.of("01-harborview-oncology.837p.x12",
            "02-harborview-granite-two-st.837p.x12", "03-harborview-two-gs.837p.x12",
            "04-lakeside-cancer-center.837i.x12", "05-harborview-year-end.837p.x12");

    /**
     * Elements whose value decides the loop, so breaking them moves the segment (and the ones after
     * it) to another loop or to none: HL03 picks 2000A/B/C, NM101 the name loop. Their checks are
     * the structure's (StructureChecksTest) and the focused tests' (ElementChecksTest NM101 in 2010AA).
     */
    private static final Set<String> LOOP_DECIDERS = Set.of("HL03", "NM101");

    /**
     * HL01 and HL02 are also the hierarchy's numbers: any other value breaks the HL numbering too,
     * so the hierarchy check rightly adds its own IK3s (HL01/HL02 I12 here and at the HLs that name
     * it). Only HL02 emptied in 2000B is generated for them: the hierarchy leaves a missing HL02 to
     * the element check. Not in 2000C: the samples' 2000C is its 2000B's only child, so without HL02
     * that 2000B's HL04 1 is rightly reported too. StructureChecksTest covers the numbering.
     */
    private static final Set<String> HIERARCHY = Set.of("HL01", "HL02");

    /** One row of the element-check table, as this test reads it. */
    record Row(String loop, String segment, int position, int component, String reference, String usage,
            String type, int min, int max, Set<String> codes, int formatFrom, int codesWhenPosition,
            String codesWhenValue) {

        String label() {
            String name = String.format("%s%02d", segment, position);
            return component == 0 ? name : name + "-" + component;
        }
    }

    /** One segment of a sample inside a transaction set. */
    record Occurrence(String sample, int line, int set, int position, Optional<String> loop, String[] elements) {
    }

    /** One generated case: the broken file and the one IK3 it must give. */
    record Case(String name, String kind, String family, String sample, byte[] file, int set, SegmentError expected) {
    }

    /** The cases, and the situational elements no sample sends (no value to break). */
    record Generated(List<Case> cases, List<String> neverSent) {
    }

    @TestFactory
    Stream<DynamicTest> oneBrokenElementGivesItsIk3AndIk4() throws IOException {
        return generate().cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    /** The generator reaches every (loop, segment) of the samples and every check family. */
    @Test
    void casesCoverEverySegmentKindAndFamily() throws IOException {
        Generated generated = generate();
        List<Case> cases = generated.cases();
        Map<String, Integer> byFamily = new LinkedHashMap<>();
        cases.forEach(c -> byFamily.merge(c.family(), 1, Integer::sum));
        System.out.println("GeneratedElementMutationsTest: " + cases.size() + " cases " + byFamily + "; "
                + generated.neverSent().size() + " situational elements no sample sends: " + generated.neverSent());
        assertEquals(Set.of("emptied", "too long", "too short", "invalid character", "invalid code",
                "invalid date", "invalid time", "not used present"), byFamily.keySet(), byFamily.toString());
        Set<String> kinds = new LinkedHashSet<>();
        cases.forEach(c -> kinds.add(c.kind()));
        Set<String> present = new LinkedHashSet<>();
        for (Occurrence o : occurrences().values().stream().flatMap(List::stream).toList()) {
            String guide = o.sample().contains(".837i.") ? "837I" : "837P";
            present.add(guide + " " + o.loop().orElse(TransactionSetChecker.HEADER) + " " + o.elements()[0]);
        }
        present.removeIf(k -> k.endsWith(" ST") || k.endsWith(" SE"));
        assertEquals(present, kinds);
    }

    private static void check(Case c) throws IOException {
        ReceivedFile file = new EnvelopeReader(ScanPolicy.strict(), GuideElementChecks::forVersion)
                .read(new ByteArrayInputStream(c.file()));
        List<ReceivedSet> sets = file.interchanges().stream().flatMap(i -> i.groups().stream())
                .flatMap(g -> g.sets().stream()).toList();
        for (int i = 0; i < sets.size(); i++) {
            ReceivedSet set = sets.get(i);
            if (i == c.set()) {
                assertFalse(set.accepted(), c.name() + ": the broken set was accepted");
                assertEquals(List.of(describe(c.expected())), set.segmentErrors().stream()
                        .map(GeneratedElementMutationsTest::describe).toList(), c.name());
                assertEquals(List.of(c.expected().elements().get(0)), set.segmentErrors().get(0).elements(),
                        c.name());
            } else {
                assertTrue(set.accepted(), "set " + (i + 1) + " of " + c.sample() + " is not broken but rejected: "
                        + set.segmentErrors().stream().map(GeneratedElementMutationsTest::describe).toList());
            }
        }
        assertTrue(c.set() < sets.size(), "the broken set was not read");
    }

    /** IK3 and IK4s in one line, so a failure shows all of them. */
    private static String describe(SegmentError e) {
        return SegmentSplitter.describe(e) + " IK304=" + e.code().code();
    }

    // ---- generation ----

    private static Generated generate() throws IOException {
        Map<String, List<Row>> table = table();
        Map<String, List<Occurrence>> occurrences = occurrences();
        Map<String, List<String>> lines = new HashMap<>();
        for (String sample : SAMPLES) {
            lines.put(sample, lines(sample));
        }
        List<Case> cases = new ArrayList<>();
        List<String> neverSent = new ArrayList<>();
        for (Map.Entry<String, List<Occurrence>> kind : occurrences.entrySet()) {
            String guide = kind.getKey().split(" ")[0];
            List<Row> rows = table.getOrDefault(kind.getKey(), List.of());
            for (Row row : rows) {
                if (LOOP_DECIDERS.contains(row.label())) {
                    continue;
                }
                boolean hierarchy = HIERARCHY.contains(row.label());
                Optional<Occurrence> sent = kind.getValue().stream().filter(o -> !value(o.elements(), row).isEmpty())
                        .findFirst();
                if (sent.isEmpty()) {
                    if (row.usage().equals("N") && row.component() == 0 && !hierarchy) {
                        // Not used: any value in it is reported, in the first occurrence.
                        Occurrence o = kind.getValue().get(0);
                        add(cases, guide, lines, o, row, "not used present", "X", ElementErrorCode.NOT_USED_PRESENT);
                    } else {
                        neverSent.add(guide + " " + kind.getKey().split(" ")[1] + " " + row.label());
                    }
                    continue;
                }
                Occurrence o = sent.get();
                String value = value(o.elements(), row);
                if (row.type().equals("COMPOSITE")) {
                    if (row.usage().equals("R")) {
                        add(cases, guide, lines, o, row, "emptied", "", ElementErrorCode.REQUIRED_MISSING);
                    }
                    continue;
                }
                if (row.usage().equals("R") && !(row.component() > 0 && onlyComponent(o.elements(), row))
                        && !row.label().equals("HL01") && !(hierarchy && row.loop().equals("2000C"))) {
                    add(cases, guide, lines, o, row, "emptied", "", ElementErrorCode.REQUIRED_MISSING);
                }
                if (hierarchy) {
                    continue;
                }
                boolean numeric = row.type().equals("R") || row.type().equals("N0");
                add(cases, guide, lines, o, row, "too long", longer(value, row, numeric), ElementErrorCode.TOO_LONG);
                if (row.min() > 1) {
                    String shorter = numeric ? "1".repeat(row.min() - 1) : value.substring(0, row.min() - 1);
                    add(cases, guide, lines, o, row, "too short", shorter, ElementErrorCode.TOO_SHORT);
                }
                add(cases, guide, lines, o, row, "invalid character", numeric ? value + "A" : "\u00c9" + value.substring(1),
                        ElementErrorCode.INVALID_CHARACTER);
                if (!row.codes().isEmpty() && codesApply(o.elements(), row)) {
                    add(cases, guide, lines, o, row, "invalid code", notACode(row), ElementErrorCode.INVALID_CODE_VALUE);
                }
                String format = row.formatFrom() == 0 ? "" : row.component() == 0
                        ? field(o.elements(), row.formatFrom())
                        : component(field(o.elements(), row.position()), row.formatFrom());
                if (row.type().equals("DT") || format.equals("D8")) {
                    add(cases, guide, lines, o, row, "invalid date", "20261340", ElementErrorCode.INVALID_DATE);
                } else if (format.equals("RD8")) {
                    add(cases, guide, lines, o, row, "invalid date", "20261340-20261341", ElementErrorCode.INVALID_DATE);
                }
                if (row.type().equals("TM") || format.equals("TM")) {
                    add(cases, guide, lines, o, row, "invalid time", "2460", ElementErrorCode.INVALID_TIME);
                }
            }
        }
        return new Generated(cases, neverSent);
    }

    private static void add(List<Case> cases, String guide, Map<String, List<String>> lines, Occurrence o, Row row,
            String family, String bad, ElementErrorCode code) {
        String[] elements = o.elements().clone();
        if (row.component() == 0) {
            elements = set(elements, row.position(), bad);
        } else {
            String[] parts = field(elements, row.position()).split(":", -1);
            parts = set(parts, row.component() - 1, bad);
            elements = set(elements, row.position(), join(parts, ":"));
        }
        List<String> file = new ArrayList<>(lines.get(o.sample()));
        file.set(o.line(), join(elements, "*") + "~");
        String reference = row.type().equals("COMPOSITE") ? null : row.reference();
        String copied = code == ElementErrorCode.REQUIRED_MISSING ? null : bad;
        ElementError ik4 = new ElementError(row.position(),
                row.component() == 0 ? OptionalInt.empty() : OptionalInt.of(row.component()), OptionalInt.empty(),
                Optional.ofNullable(reference), code, Optional.ofNullable(copied).filter(v -> !v.isEmpty()));
        SegmentError ik3 = new SegmentError(row.segment(), o.position(), o.loop(),
                SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS, List.of(ik4), "expected");
        String name = guide + " " + o.loop().orElse("header") + " " + row.label() + " " + family + " ("
                + o.sample().substring(0, 2) + ", segment " + o.position() + ")";
        String kind = guide + " " + o.loop().orElse(TransactionSetChecker.HEADER) + " " + row.segment();
        cases.add(new Case(name, kind, family, o.sample(), (String.join("\n", file) + "\n").getBytes(StandardCharsets.ISO_8859_1),
                o.set(), ik3));
    }

    /** Past max: digits for numbers (lengths count digits), the value padded with 1s otherwise. */
    private static String longer(String value, Row row, boolean numeric) {
        if (numeric) {
            return "1".repeat(row.max() + 1);
        }
        StringBuilder out = new StringBuilder(value);
        while (out.length() <= row.max()) {
            out.append('1');
        }
        return out.toString();
    }

    /** A value of an allowed length that is not one of the codes. */
    private static String notACode(Row row) {
        boolean numeric = row.type().equals("R") || row.type().equals("N0");
        for (String candidate : numeric ? List.of("999", "99", "9", "0") : List.of("ZZ9", "Z9", "Z", "9", "0", "ZZ99")) {
            if (candidate.length() >= row.min() && candidate.length() <= row.max() && !row.codes().contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no wrong code of length " + row.min() + "-" + row.max() + " for " + row.label());
    }

    private static boolean codesApply(String[] elements, Row row) {
        if (row.codesWhenPosition() == 0) {
            return true;
        }
        String decider = field(elements, row.codesWhenPosition());
        return decider.isEmpty() || decider.equals(row.codesWhenValue());
    }

    /** Whether the component is the composite's only value: emptying it empties the composite. */
    private static boolean onlyComponent(String[] elements, Row row) {
        String[] parts = field(elements, row.position()).split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i != row.component() - 1 && !parts[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String value(String[] elements, Row row) {
        String element = field(elements, row.position());
        return row.component() == 0 ? element : component(element, row.component());
    }

    private static String field(String[] elements, int position) {
        return position < elements.length ? elements[position] : "";
    }

    private static String component(String composite, int component) {
        String[] parts = composite.split(":", -1);
        return component <= parts.length ? parts[component - 1] : "";
    }

    private static String[] set(String[] values, int index, String value) {
        String[] out = index < values.length ? values : Arrays.copyOf(values, index + 1);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = "";
            }
        }
        out[index] = value;
        return out;
    }

    /** Joined without trailing empty values, as X12 sends them. */
    private static String join(String[] values, String separator) {
        int end = values.length;
        while (end > 1 && values[end - 1].isEmpty()) {
            end--;
        }
        return String.join(separator, Arrays.asList(values).subList(0, end));
    }

    private static List<String> lines(String sample) throws IOException {
        String text = Files.readString(Path.of("samples", sample), StandardCharsets.ISO_8859_1);
        return List.of(text.split("\n"));
    }

    /** Each (guide, loop, segment) of the samples with its occurrences in file order. */
    private static Map<String, List<Occurrence>> occurrences() throws IOException {
        Map<String, List<Occurrence>> kinds = new LinkedHashMap<>();
        for (String sample : SAMPLES) {
            List<String> lines = lines(sample);
            LoopTracker tracker = null;
            Guide guide = null;
            int set = -1;
            int position = 0;
            for (int i = 0; i < lines.size(); i++) {
                String segment = lines.get(i).strip();
                assertTrue(segment.endsWith("~"), sample + " line " + (i + 1) + " is not one segment");
                String[] elements = segment.substring(0, segment.length() - 1).split("\\*", -1);
                switch (elements[0]) {
                    case "GS" -> guide = Guide.forVersion(elements[8]).orElseThrow();
                    case "ST" -> {
                        tracker = new LoopTracker(guide);
                        set++;
                        position = 0;
                    }
                    default -> {
                    }
                }
                if (tracker == null) {
                    continue;
                }
                position++;
                Optional<String> loop = tracker.next(elements[0], elements);
                String key = (guide == Guide.PROFESSIONAL ? "837P" : "837I") + " "
                        + loop.orElse(TransactionSetChecker.HEADER) + " " + elements[0];
                kinds.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Occurrence(sample, i, set, position, loop, elements));
                if (elements[0].equals("SE")) {
                    tracker = null;
                }
            }
        }
        return kinds;
    }

    /** The table's rows by "837P 2300 CLM", read with the project's CSV reader and nothing else. */
    private static Map<String, List<Row>> table() throws IOException {
        Map<String, Set<String>> lists = new HashMap<>();
        for (CsvReader.Row r : csv("mappings/x12-code-lists.csv")) {
            lists.computeIfAbsent(r.fields().get(0), k -> new LinkedHashSet<>()).add(r.fields().get(1));
        }
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (CsvReader.Row r : csv("mappings/837.element-checks.csv")) {
            List<String> f = r.fields();
            Set<String> codes = new LinkedHashSet<>();
            for (String token : f.get(10).isEmpty() ? new String[0] : f.get(10).split(" +")) {
                codes.addAll(token.startsWith("@") ? lists.get(token.substring(1)) : Set.of(token));
            }
            String when = f.get(13);
            Row row = new Row(f.get(1), f.get(2), Integer.parseInt(f.get(3)),
                    f.get(4).isEmpty() ? 0 : Integer.parseInt(f.get(4)), f.get(5), f.get(6), f.get(7),
                    f.get(8).isEmpty() ? 0 : Integer.parseInt(f.get(8)), Integer.parseInt(f.get(9)), codes,
                    f.get(11).isEmpty() ? 0 : Integer.parseInt(f.get(11)),
                    when.isEmpty() ? 0 : Integer.parseInt(when.substring(0, when.indexOf('='))),
                    when.isEmpty() ? "" : when.substring(when.indexOf('=') + 1));
            for (String guide : f.get(0).split(" +")) {
                rows.computeIfAbsent("837" + guide + " " + row.loop() + " " + row.segment(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        return rows;
    }

    /** The rows after the header. */
    private static List<CsvReader.Row> csv(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            List<CsvReader.Row> rows = CsvReader.read(in, true);
            return rows.subList(1, rows.size());
        }
    }
}
