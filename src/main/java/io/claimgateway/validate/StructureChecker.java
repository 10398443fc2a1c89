package io.claimgateway.validate;

import io.claimgateway.envelope.ElementError;
import io.claimgateway.envelope.ElementErrorCode;
import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.SegmentErrorCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SNIP level 2 structure of one transaction set, from its {@link StructureTable}, as the segments
 * stream: a segment the loop does not have (IK304 2), out of the loop's order (7), over its max use
 * (5), a not-used segment (I4), a loop over its repeat (4), a required segment or loop missing (3,
 * reported at the segment that closes the loop, or at SE), and the HL hierarchy (HL01 counts from 1,
 * HL02 names an earlier HL, HL03 is allowed under the parent's level, HL04 says whether children
 * follow: IK304 8 with an IK4 on the element). The loop each segment is in comes from
 * {@link LoopTracker}. One instance per transaction set.
 */
final class StructureChecker {

    /** HL03 to the HL03 its parent must have; 20 has none. */
    private static final Map<String, String> HL_PARENT_LEVEL = Map.of("22", "20", "23", "22");

    /** One open loop instance: how often each slot and each child loop has occurred. */
    private static final class Open {
        final StructureTable.Loop loop;
        final int[] uses;
        final Map<String, Integer> children = new HashMap<>(4);
        int slot;

        Open(StructureTable.Loop loop) {
            this.loop = loop;
            this.uses = new int[loop.slots.size()];
        }
    }

    /** What is known of one HL: where it is, its level, its child code and whether a child came. */
    private record Hl(int position, String level, String childCode, boolean[] hasChild) {
    }

    private final StructureTable table;
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Hl> hls = new HashMap<>();
    private int hlCount;

    StructureChecker(StructureTable table) {
        this.table = table;
    }

    void segment(String tag, String[] elements, Optional<String> loopId, int position, List<SegmentError> out) {
        if ("ST".equals(tag) || "SE".equals(tag)) {
            return;
        }
        String id = loopId.orElse("BHT".equals(tag) ? TransactionSetChecker.HEADER : null);
        StructureTable.Loop loop = id == null ? null : table.loop(id);
        if (loop == null) {
            if (!"HL".equals(tag)) {
                out.add(segmentError(tag, position, loopId, SegmentErrorCode.UNEXPECTED_SEGMENT,
                        " is not expected here"));
            }
            return;
        }
        if ("HL".equals(tag)) {
            hl(elements, position, loopId, out);
        }
        if (loop.slots.get(0).segment().equals(tag)) {
            openLoop(loop, tag, position, loopId, out);
            return;
        }
        Open current = open.peek();
        if (current == null || current.loop != loop) {
            return;
        }
        int slot = current.loop.find(tag, current.slot);
        if (slot < 0) {
            out.add(segmentError(tag, position, loopId, SegmentErrorCode.UNEXPECTED_SEGMENT,
                    " is not a segment of this loop"));
            return;
        }
        StructureTable.Slot rule = current.loop.slots.get(slot);
        current.uses[slot]++;
        if (rule.usage() == 'N') {
            out.add(segmentError(tag, position, loopId, SegmentErrorCode.NOT_USED_SEGMENT_PRESENT,
                    " is present but the guide does not use it"));
        } else if (slot < current.slot) {
            out.add(segmentError(tag, position, loopId, SegmentErrorCode.SEGMENT_OUT_OF_SEQUENCE,
                    " is out of the loop's order"));
        } else if (current.uses[slot] > rule.maxUse()) {
            out.add(segmentError(tag, position, loopId, SegmentErrorCode.SEGMENT_OVER_MAXIMUM_USE,
                    " occurs more than " + rule.maxUse() + " times"));
        }
        current.slot = Math.max(current.slot, slot);
    }

    /** At SE: every open loop closes; HLs whose HL04 promised children that never came. */
    void finish(int position, List<SegmentError> out) {
        while (!open.isEmpty()) {
            close(open.pop(), position, out);
        }
        List<Hl> childless = new ArrayList<>();
        for (Hl hl : hls.values()) {
            if ("1".equals(hl.childCode()) && !hl.hasChild()[0]) {
                childless.add(hl);
            }
        }
        childless.sort((a, b) -> Integer.compare(a.position(), b.position()));
        for (Hl hl : childless) {
            out.add(elementError("HL", hl.position(), Optional.of(levelLoop(hl.level())), 4, "736",
                    ElementErrorCode.INVALID_CODE_VALUE, "1", "HL04 says children follow but none does"));
        }
    }

    private void openLoop(StructureTable.Loop loop, String tag, int position, Optional<String> loopId,
            List<SegmentError> out) {
        if (!loop.parents.isEmpty() && open.stream().noneMatch(o -> loop.parents.contains(o.loop.id))) {
            // No loop it could belong to is open: it cannot be placed, so it names no loop.
            out.add(segmentError(tag, position, Optional.empty(), SegmentErrorCode.UNEXPECTED_SEGMENT,
                    " opens a loop that has no parent loop here"));
            return;
        }
        while (!open.isEmpty() && !loop.parents.contains(open.peek().loop.id)) {
            close(open.pop(), position, out);
        }
        if (!open.isEmpty()) {
            int count = open.peek().children.merge(loop.id, 1, Integer::sum);
            if (count > loop.maxRepeat) {
                out.add(segmentError(tag, position, loopId, SegmentErrorCode.LOOP_OVER_MAXIMUM,
                        " opens loop " + loop.id + " more than " + loop.maxRepeat + " times"));
            }
        }
        Open instance = new Open(loop);
        instance.uses[0] = 1;
        open.push(instance);
    }

    private static void close(Open instance, int position, List<SegmentError> out) {
        for (int i = 1; i < instance.uses.length; i++) {
            StructureTable.Slot slot = instance.loop.slots.get(i);
            if (slot.usage() == 'R' && instance.uses[i] == 0) {
                out.add(segmentError(slot.segment(), position, Optional.of(instance.loop.id),
                        SegmentErrorCode.REQUIRED_SEGMENT_MISSING, " is required in loop " + instance.loop.id
                                + " but missing"));
            }
        }
        for (StructureTable.Loop child : instance.loop.children) {
            if (child.required && !instance.children.containsKey(child.id)) {
                out.add(segmentError(child.slots.get(0).segment(), position, Optional.of(child.id),
                        SegmentErrorCode.REQUIRED_SEGMENT_MISSING, " opening the required loop " + child.id
                                + " is missing"));
            }
        }
    }

    private void hl(String[] elements, int position, Optional<String> loopId, List<SegmentError> out) {
        hlCount++;
        String id = value(elements, 1);
        String parent = value(elements, 2);
        String level = value(elements, 3);
        if (!id.equals(Integer.toString(hlCount))) {
            out.add(elementError("HL", position, loopId, 1, "628", ElementErrorCode.IMPLEMENTATION_PATTERN_MATCH_FAILURE,
                    id, "HL01 is not the previous HL01 plus one"));
        }
        String parentLevel = HL_PARENT_LEVEL.get(level);
        if (!parent.isEmpty()) {
            Hl up = hls.get(parent);
            if (up == null) {
                out.add(elementError("HL", position, loopId, 2, "734",
                        ElementErrorCode.IMPLEMENTATION_PATTERN_MATCH_FAILURE, parent,
                        "HL02 does not name an earlier HL"));
            } else {
                up.hasChild()[0] = true;
                if (parentLevel != null && !parentLevel.equals(up.level())) {
                    out.add(elementError("HL", position, loopId, 3, "735", ElementErrorCode.INVALID_CODE_VALUE,
                            level, "HL03 is not a level allowed under its parent's level"));
                } else if ("0".equals(up.childCode())) {
                    out.add(elementError("HL", up.position(), Optional.of(levelLoop(up.level())), 4, "736",
                            ElementErrorCode.INVALID_CODE_VALUE, "0", "HL04 says no children follow but one does"));
                }
            }
        }
        // An empty HL02 of 2000B/2000C is the element check's: the table has it as required, and a
        // second report here gave the 999 the same IK3/IK4 twice.
        hls.putIfAbsent(id, new Hl(position, level, value(elements, 4), new boolean[1]));
    }

    private static String levelLoop(String level) {
        return switch (level) {
            case "20" -> "2000A";
            case "22" -> "2000B";
            default -> "2000C";
        };
    }

    private static SegmentError segmentError(String tag, int position, Optional<String> loop, SegmentErrorCode code,
            String phrase) {
        return new SegmentError(tag, position, loop, code, List.of(),
                tag + " (segment " + position + loop.map(id -> ", loop " + id).orElse("") + ")" + phrase);
    }

    private static SegmentError elementError(String tag, int position, Optional<String> loop, int element,
            String reference, ElementErrorCode code, String badValue, String sentence) {
        return new SegmentError(tag, position, loop, SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS,
                List.of(ElementError.of(element, reference, code, badValue)),
                sentence + " (segment " + position + loop.map(id -> ", loop " + id).orElse("") + ")");
    }

    private static String value(String[] elements, int index) {
        return index < elements.length && elements[index] != null ? elements[index] : "";
    }
}
