package io.claimgateway.validate;

import io.claimgateway.support.CsvReader;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code mappings/837.element-checks.csv} for one guide: the rules of each segment in each loop. */
final class ElementCheckTable {

    static final String RESOURCE = "/mappings/837.element-checks.csv";
    static final String CODE_LISTS = "/mappings/x12-code-lists.csv";

    private static final List<String> COLUMNS = List.of("guides", "loop", "segment", "position", "component",
            "reference", "usage", "type", "min", "max", "codes", "format_from", "name", "codes_when");

    private final Map<String, SegmentRules> segments;

    private ElementCheckTable(Map<String, SegmentRules> segments) {
        this.segments = Map.copyOf(segments);
    }

    /** The segment's rules in that loop, when the table has any. */
    Optional<SegmentRules> find(String loop, String segment) {
        return Optional.ofNullable(segments.get(key(loop, segment)));
    }

    static ElementCheckTable load(Guide guide) {
        return parse(CsvReader.readResource(RESOURCE), guide, codeLists(CsvReader.readResource(CODE_LISTS)));
    }

    /** {@code mappings/x12-code-lists.csv}: list name to its codes. */
    static Map<String, Set<String>> codeLists(List<CsvReader.Row> rows) {
        if (rows.isEmpty() || !rows.get(0).fields().equals(List.of("list", "code"))) {
            throw new IllegalArgumentException(CODE_LISTS + ": the first row must be the header list,code");
        }
        Map<String, Set<String>> lists = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            if (f.size() != 2 || f.get(1).isEmpty()) {
                throw new IllegalArgumentException(CODE_LISTS + " line " + row.lineNumber() + ": needs list,code");
            }
            lists.computeIfAbsent(f.get(0), k -> new LinkedHashSet<>()).add(f.get(1));
        }
        return lists;
    }

    static ElementCheckTable parse(List<CsvReader.Row> rows, Guide guide, Map<String, Set<String>> codeLists) {
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
                        codes(f.get(10), codeLists),
                        f.get(11).isEmpty() ? 0 : Integer.parseInt(f.get(11)),
                        codesWhenPosition(f.get(13)),
                        f.get(13).isEmpty() ? "" : f.get(13).substring(f.get(13).indexOf('=') + 1));
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

    /** Space-separated codes; {@code @list} stands for every code of that list. */
    private static Set<String> codes(String field, Map<String, Set<String>> codeLists) {
        Set<String> codes = new LinkedHashSet<>();
        if (field.isEmpty()) {
            return codes;
        }
        for (String token : field.split(" +")) {
            if (token.startsWith("@")) {
                Set<String> list = codeLists.get(token.substring(1));
                if (list == null) {
                    throw new IllegalArgumentException("names the code list " + token + ", which "
                            + CODE_LISTS + " does not have");
                }
                codes.addAll(list);
            } else {
                codes.add(token);
            }
        }
        return codes;
    }

    private static int codesWhenPosition(String field) {
        if (field.isEmpty()) {
            return 0;
        }
        int equals = field.indexOf('=');
        if (equals < 1) {
            throw new IllegalArgumentException("codes_when must be position=value, not " + field);
        }
        return Integer.parseInt(field.substring(0, equals));
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
