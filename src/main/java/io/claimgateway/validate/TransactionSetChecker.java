package io.claimgateway.validate;

import io.claimgateway.envelope.ElementError;
import io.claimgateway.envelope.ElementErrorCode;
import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.SegmentErrorCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Checks the data elements of one 837 transaction set, segment by segment, against
 * {@code mappings/837.element-checks.csv}: required elements present, not-used elements absent,
 * lengths, the X12 character set, numbers, code values, dates and the number of elements and
 * components. A streaming reader makes one instance per transaction set and calls
 * {@link #segment} for every segment from ST to SE, in order. Segments and loops the table has
 * no rows for are not checked. Messages name the segment, position and element, never the value.
 */
final class TransactionSetChecker {

    private static final Map<Guide, ElementCheckTable> TABLES = new EnumMap<>(Guide.class);
    private static final Map<Guide, StructureTable> STRUCTURES = new EnumMap<>(Guide.class);

    /** The table's loop id for the segments between ST and 1000A, which the 999 reports without a loop. */
    static final String HEADER = "HEADER";
    private static final java.util.Set<String> HEADER_SEGMENTS = java.util.Set.of("BHT");

    private final Guide guide;
    private final ElementCheckTable table;
    private final LoopTracker loops;
    private final StructureChecker structure;

    private TransactionSetChecker(Guide guide, ElementCheckTable table, StructureTable structure) {
        this.guide = guide;
        this.table = table;
        this.loops = new LoopTracker(guide);
        this.structure = new StructureChecker(structure);
    }

    /** Whether GS08 names a guide this checker knows (005010X222A1, 005010X223A2). */
    static boolean supports(String gs08) {
        return Guide.forVersion(gs08).isPresent();
    }

    /**
     * A checker for one transaction set of the group whose GS08 is given.
     *
     * @throws IllegalArgumentException when the guide is not one of 005010X222A1, 005010X223A2
     */
    static TransactionSetChecker forGuide(String gs08) {
        Guide guide = Guide.forVersion(gs08).orElseThrow(() -> new IllegalArgumentException(
                "no element checks for the guide " + gs08 + "; known: 005010X222A1, 005010X223A2"));
        return new TransactionSetChecker(guide, table(guide), structure(guide));
    }

    private static synchronized ElementCheckTable table(Guide guide) {
        return TABLES.computeIfAbsent(guide, ElementCheckTable::load);
    }

    private static synchronized StructureTable structure(Guide guide) {
        return STRUCTURES.computeIfAbsent(guide, StructureTable::load);
    }

    /** The guide's GS08. */
    String guide() {
        return guide.version();
    }

    /**
     * Checks one segment and moves the loop tracking on.
     *
     * @param tag                 the segment id
     * @param elements            elements[0] = tag, elements[i] = element i as received (composites and
     *                            repetitions unsplit; null or "" for an empty element)
     * @param position            the segment's position in the transaction set, ST = 1
     * @param componentSeparator  ISA16
     * @param repetitionSeparator ISA11, when the interchange has one
     * @return empty when the segment is fine; otherwise one {@link SegmentError} with code
     *         {@link SegmentErrorCode#SEGMENT_HAS_DATA_ELEMENT_ERRORS} and one {@link ElementError}
     *         per bad element or component
     */
    List<SegmentError> segment(String tag, String[] elements, int position, char componentSeparator,
            Optional<Character> repetitionSeparator) {
        Optional<String> loop = loops.next(tag, elements);
        Optional<SegmentRules> rules = loop.isPresent() ? table.find(loop.get(), tag)
                : HEADER_SEGMENTS.contains(tag) ? table.find(HEADER, tag) : Optional.empty();
        List<Problem> problems = new ArrayList<>();
        if (rules.isPresent()) {
            check(rules.get(), elements, componentSeparator, repetitionSeparator, problems);
        } else if ("HL".equals(tag) && loop.isEmpty()) {
            problems.add(new Problem("HL03", 3, 0, "735", ElementErrorCode.INVALID_CODE_VALUE,
                    "is not a hierarchical level code of the 837 (20, 22, 23)", value(elements, 3)));
        }
        List<SegmentError> found = new ArrayList<>(0);
        structure.segment(tag, elements, loop, position, found);
        if (problems.isEmpty()) {
            return found;
        }
        String where = " (segment " + position + loop.map(id -> ", loop " + id).orElse("") + ") ";
        List<ElementError> errors = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Problem problem : problems) {
            errors.add(problem.toError());
            sentences.add(problem.label() + where + problem.phrase());
        }
        found.add(new SegmentError(tag, position, loop, SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS,
                errors, String.join("; ", sentences)));
        return found;
    }

    /**
     * The problems found once the whole set has been read, at SE.
     *
     * @param segmentCount the set's segments, ST and SE included
     */
    List<SegmentError> finish(int segmentCount) {
        List<SegmentError> found = new ArrayList<>(0);
        structure.finish(segmentCount, found);
        return found;
    }

    private static void check(SegmentRules rules, String[] elements, char componentSeparator,
            Optional<Character> repetitionSeparator, List<Problem> problems) {
        String tag = rules.segment();
        int max = rules.maxElements();
        for (int i = 1; i < elements.length; i++) {
            String value = value(elements, i);
            if (i > max) {
                if (!value.isEmpty()) {
                    problems.add(new Problem(tag, i, 0, null, ElementErrorCode.TOO_MANY_DATA_ELEMENTS,
                            "has more than " + max + (max == 1 ? " data element" : " data elements"), null));
                    return;
                }
                continue;
            }
            Optional<ElementRule> found = rules.element(i);
            if (found.isEmpty()) {
                continue;
            }
            ElementRule rule = found.get();
            Optional<Problem> problem = present(rule, tag, value, repetitionSeparator);
            if (problem.isPresent()) {
                problems.add(problem.get());
            } else if (!value.isEmpty() && rule.usage() != ElementRule.Usage.NOT_USED) {
                if (rule.type() == ElementRule.Type.COMPOSITE) {
                    composite(rules, rule, tag, value, componentSeparator, problems);
                } else if (value.indexOf(componentSeparator) >= 0) {
                    problems.add(problem(rule, tag, ElementErrorCode.INVALID_CHARACTER,
                            "holds the component separator", value));
                } else {
                    String format = rule.formatFrom() > 0 ? value(elements, rule.formatFrom()) : "";
                    ValueChecks.check(codesApply(rule, elements) ? rule : rule.withoutCodes(), value, format)
                            .ifPresent(f -> problems.add(problem(rule, tag, f.code(), f.phrase(), value)));
                }
            }
        }
        for (int i = elements.length; i <= max; i++) {
            rules.element(i).filter(rule -> rule.usage() == ElementRule.Usage.REQUIRED)
                    .ifPresent(rule -> problems.add(problem(rule, tag, ElementErrorCode.REQUIRED_MISSING,
                            "is missing", null)));
        }
    }

    private static boolean codesApply(ElementRule rule, String[] elements) {
        if (rule.codesWhenPosition() == 0) {
            return true;
        }
        String decider = value(elements, rule.codesWhenPosition());
        return decider.isEmpty() || decider.equals(rule.codesWhenValue());
    }

    /** Usage and repetition, which apply to simple elements, composites and components alike. */
    private static Optional<Problem> present(ElementRule rule, String tag, String value,
            Optional<Character> repetitionSeparator) {
        if (value.isEmpty()) {
            return rule.usage() == ElementRule.Usage.REQUIRED
                    ? Optional.of(problem(rule, tag, ElementErrorCode.REQUIRED_MISSING, "is missing", null))
                    : Optional.empty();
        }
        if (rule.usage() == ElementRule.Usage.NOT_USED) {
            return Optional.of(problem(rule, tag, ElementErrorCode.NOT_USED_PRESENT,
                    "is present but the guide does not use it", value));
        }
        // No element the table describes repeats, so a repetition separator means a second repetition.
        if (rule.component() == 0 && repetitionSeparator.isPresent()
                && value.indexOf(repetitionSeparator.get()) >= 0) {
            return Optional.of(problem(rule, tag, ElementErrorCode.TOO_MANY_REPETITIONS,
                    "repeats but may occur once", value));
        }
        return Optional.empty();
    }

    private static void composite(SegmentRules rules, ElementRule composite, String tag, String value,
            char componentSeparator, List<Problem> problems) {
        String[] parts = value.split(Pattern.quote(String.valueOf(componentSeparator)), -1);
        int count = parts.length;
        while (count > 0 && parts[count - 1].isEmpty()) {
            count--;
        }
        if (count > composite.max()) {
            problems.add(new Problem(composite.label(tag), composite.position(), composite.max() + 1,
                    null, ElementErrorCode.TOO_MANY_COMPONENTS,
                    "has more than " + composite.max() + " components", value));
            return;
        }
        for (int j = 1; j <= composite.max(); j++) {
            String part = j <= parts.length ? parts[j - 1] : "";
            Optional<ElementRule> found = rules.component(composite.position(), j);
            if (found.isEmpty()) {
                continue;
            }
            ElementRule rule = found.get();
            Optional<Problem> problem = present(rule, tag, part, Optional.empty());
            if (problem.isPresent()) {
                problems.add(problem.get());
            } else if (!part.isEmpty()) {
                String format = rule.formatFrom() > 0 && rule.formatFrom() <= parts.length
                        ? parts[rule.formatFrom() - 1] : "";
                ValueChecks.check(rule, part, format)
                        .ifPresent(f -> problems.add(problem(rule, tag, f.code(), f.phrase(), part)));
            }
        }
    }

    private static Problem problem(ElementRule rule, String tag, ElementErrorCode code, String phrase,
            String badValue) {
        return new Problem(rule.label(tag), rule.position(), rule.component(),
                rule.type() == ElementRule.Type.COMPOSITE ? null : rule.reference(), code, phrase, badValue);
    }

    private static String value(String[] elements, int index) {
        return index < elements.length && elements[index] != null ? elements[index] : "";
    }

    /** One bad element before it becomes an IK4; the label and phrase make its sentence. */
    private record Problem(String label, int position, int component, String reference, ElementErrorCode code,
            String phrase, String badValue) {

        ElementError toError() {
            return new ElementError(position, component == 0 ? OptionalInt.empty() : OptionalInt.of(component),
                    OptionalInt.empty(), Optional.ofNullable(reference).filter(r -> !r.isEmpty()), code,
                    Optional.ofNullable(badValue).filter(v -> !v.isEmpty()));
        }
    }
}
