package io.claimgateway.validate;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The table's rows for one segment in one loop of one guide. */
final class SegmentRules {

    private final String segment;
    private final TreeMap<Integer, ElementRule> elements = new TreeMap<>();
    private final Map<Integer, TreeMap<Integer, ElementRule>> components = new TreeMap<>();

    SegmentRules(String segment) {
        this.segment = segment;
    }

    String segment() {
        return segment;
    }

    void add(ElementRule rule) {
        if (rule.component() == 0) {
            if (elements.putIfAbsent(rule.position(), rule) != null) {
                throw new IllegalArgumentException(rule.label(segment) + " is in the table twice");
            }
        } else if (components.computeIfAbsent(rule.position(), p -> new TreeMap<>())
                .putIfAbsent(rule.component(), rule) != null) {
            throw new IllegalArgumentException(rule.label(segment) + " is in the table twice");
        }
    }

    /** The most data elements the segment may have: its highest position in the table. */
    int maxElements() {
        return elements.isEmpty() ? 0 : elements.lastKey();
    }

    Optional<ElementRule> element(int position) {
        return Optional.ofNullable(elements.get(position));
    }

    Optional<ElementRule> component(int position, int component) {
        Map<Integer, ElementRule> parts = components.get(position);
        return Optional.ofNullable(parts == null ? null : parts.get(component));
    }

    /** Every component row needs its composite's own row, and the other way round for used composites. */
    void verify() {
        for (Map.Entry<Integer, TreeMap<Integer, ElementRule>> entry : components.entrySet()) {
            ElementRule composite = elements.get(entry.getKey());
            if (composite == null || composite.type() != ElementRule.Type.COMPOSITE) {
                throw new IllegalArgumentException(String.format("%s%02d has components but no composite row",
                        segment, entry.getKey()));
            }
            int last = entry.getValue().lastKey();
            if (last > composite.max()) {
                throw new IllegalArgumentException(String.format("%s%02d has a component %d beyond its %d",
                        segment, entry.getKey(), last, composite.max()));
            }
        }
    }
}
