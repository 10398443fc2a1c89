package io.claimgateway.validate;

import io.claimgateway.csv.CsvReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code mappings/837.element-checks.csv} for one guide: the rules of each segment in each loop. */
final class ElementCheckTable {

    static final String RESOURCE = "/mappings/837.element-checks.csv";

    private static final List<String> COLUMNS = List.of("guides", "loop", "segment", "position", "component",
            "reference", "usage", "type", "min", "max", "codes", "format_from", "name");

    private final Map<String, SegmentRules> segments;

    private ElementCheckTable(Map<String, SegmentRules> segments) {
        this.segments = Map.copyOf(segments);
    }

    /** The segment's rules in that loop, when the table has any. */
    Optional<SegmentRules> find(String loop, String segment) {
        return Optional.ofNullable(segments.get(key(loop, segment)));
    }

    static ElementCheckTable load(Guide guide) {
        try (InputStream in = ElementCheckTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), true), guide);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ElementCheckTable parse(List<CsvReader.Row> rows, Guide guide) {
        if (rows.isEmpty() || !rows.get(0).fields().equals(COLUMNS)) {
            throw new IllegalArgumentException(RESOURCE + ": the first row must be the header " + COLUMNS);
        }
        Map<String, SegmentRules> segments = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            try {
                List<String> f = row.fields();
                if (f.size() != COLUMNS.size()) {
                    throw new IllegalArgumentException("has " + f.size() + " fields, not " + COLUMNS.size());
                }
                Set<String> guides = Set.of(f.get(0).split(" +"));
                if (!guides.contains(guide.letter())) {
                    continue;
                }
                ElementRule.Type type = ElementRule.Type.valueOf(f.get(7));
                ElementRule rule = new ElementRule(
                        Integer.parseInt(f.get(3)),
                        f.get(4).isEmpty() ? 0 : Integer.parseInt(f.get(4)),
                        f.get(5),
                        usage(f.get(6)),
                        type,
                        f.get(8).isEmpty() ? 0 : Integer.parseInt(f.get(8)),
                        Integer.parseInt(f.get(9)),
                        f.get(10).isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(f.get(10).split(" +"))),
                        f.get(11).isEmpty() ? 0 : Integer.parseInt(f.get(11)));
                if (rule.position() < 1 || rule.min() > rule.max()
                        || (type == ElementRule.Type.PERIOD) != (rule.formatFrom() > 0)) {
                    throw new IllegalArgumentException("is not a consistent rule");
                }
                segments.computeIfAbsent(key(f.get(1), f.get(2)), k -> new SegmentRules(f.get(2))).add(rule);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + row.lineNumber() + ": " + e.getMessage(), e);
            }
        }
        segments.values().forEach(SegmentRules::verify);
        return new ElementCheckTable(segments);
    }

    private static ElementRule.Usage usage(String letter) {
        return switch (letter) {
            case "R" -> ElementRule.Usage.REQUIRED;
            case "S" -> ElementRule.Usage.SITUATIONAL;
            case "N" -> ElementRule.Usage.NOT_USED;
            default -> throw new IllegalArgumentException("usage must be R, S or N, not " + letter);
        };
    }

    private static String key(String loop, String segment) {
        return loop + "/" + segment;
    }
}
