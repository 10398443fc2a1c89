package io.claimgateway.validate;

import io.claimgateway.support.CsvReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code mappings/837P.005010X222A1.structure.csv} or its 837I twin: each loop's segments in order,
 * with usage and max use, the loop's parents, usage and repeat, and what opens it.
 */
final class StructureTable {

    static final int UNBOUNDED = Integer.MAX_VALUE;
    private static final List<String> COLUMNS = List.of("loop", "parent", "segment", "usage", "max_use",
            "loop_usage", "loop_repeat", "trigger");

    /** One segment slot of a loop. */
    record Slot(String segment, char usage, int maxUse) {
    }

    /** One loop: its slots in order (the first is the trigger) and its required child loops. */
    static final class Loop {
        final String id;
        final Set<String> parents;
        final boolean required;
        final int maxRepeat;
        final List<Slot> slots = new ArrayList<>();
        final List<Loop> children = new ArrayList<>();

        Loop(String id, Set<String> parents, boolean required, int maxRepeat) {
            this.id = id;
            this.parents = parents;
            this.required = required;
            this.maxRepeat = maxRepeat;
        }

        /** The slot index of the segment at or after {@code from}, else before it, else -1. */
        int find(String segment, int from) {
            for (int i = from; i < slots.size(); i++) {
                if (slots.get(i).segment().equals(segment)) {
                    return i;
                }
            }
            for (int i = 0; i < from && i < slots.size(); i++) {
                if (slots.get(i).segment().equals(segment)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final Map<String, Loop> loops;

    private StructureTable(Map<String, Loop> loops) {
        this.loops = loops;
    }

    Loop loop(String id) {
        return loops.get(id);
    }

    static String resource(Guide guide) {
        return "/mappings/" + (guide == Guide.PROFESSIONAL ? "837P" : "837I") + "." + guide.version()
                + ".structure.csv";
    }

    static StructureTable load(Guide guide) {
        String resource = resource(guide);
        return parse(CsvReader.readResource(resource), resource);
    }

    static StructureTable parse(List<CsvReader.Row> rows, String name) {
        if (rows.isEmpty() || !rows.get(0).fields().equals(COLUMNS)) {
            throw new IllegalArgumentException(name + ": the first row must be the header " + COLUMNS);
        }
        Map<String, Loop> loops = new LinkedHashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            try {
                if (f.size() != COLUMNS.size()) {
                    throw new IllegalArgumentException("has " + f.size() + " fields, not " + COLUMNS.size());
                }
                Loop loop = loops.get(f.get(0));
                if (loop == null) {
                    loop = new Loop(f.get(0), f.get(1).isEmpty() ? Set.of() : Set.of(f.get(1).split(" +")),
                            usage(f.get(5)) == 'R', count(f.get(6)));
                    loops.put(loop.id, loop);
                }
                loop.slots.add(new Slot(f.get(2), usage(f.get(3)), count(f.get(4))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + row.lineNumber() + ": " + e.getMessage(), e);
            }
        }
        for (Loop loop : loops.values()) {
            for (String parent : loop.parents) {
                Loop up = loops.get(parent);
                if (up == null) {
                    throw new IllegalArgumentException(name + ": loop " + loop.id + " names the unknown parent " + parent);
                }
                up.children.add(loop);
            }
        }
        return new StructureTable(Map.copyOf(loops));
    }

    private static char usage(String value) {
        if (!value.equals("R") && !value.equals("S") && !value.equals("N")) {
            throw new IllegalArgumentException("usage must be R, S or N, not " + value);
        }
        return value.charAt(0);
    }

    private static int count(String value) {
        return ">1".equals(value) ? UNBOUNDED : Integer.parseInt(value);
    }
}
