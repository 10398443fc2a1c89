package io.claimgateway.remit;

import io.xlate.edi.stream.EDIStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-reads a 277CA with StAEDI, independently of the writer, and recomputes what must hold:
 * envelope counts and control numbers (SE01/SE02, GE01/GE02, IEA01/IEA02), GS08 and ST03
 * 005010X214, HL numbering (HL01 1, 2, 3... per transaction; HL02 naming an earlier HL of the
 * parent level: 20 → 21 → 19 → PT; HL04 1 exactly when children follow), and the totals of the
 * receiver (2200B) and provider (2200C) levels against the claims (2200D) below them: STC04, the
 * accepted/rejected QTY and AMT, and STC03 WQ when any claim was accepted, else U.
 */
final class AcknowledgmentStructureCheck {

    /** What the check found; {@code problems} is empty for a consistent 277CA. */
    record Result(List<String> transactionControlNumbers, List<String> hierarchy, int claims, List<String> problems) {
    }

    private AcknowledgmentStructureCheck() {
    }

    /** Fails with every problem found, or returns what was read. */
    static Result assertConsistent(byte[] x12) {
        Result result = check(x12);
        if (!result.problems().isEmpty()) {
            throw new AssertionError("277CA check failed:\n  " + String.join("\n  ", result.problems()));
        }
        return result;
    }

    static Result check(byte[] x12) {
        Checker checker = new Checker();
        try (InputStream in = new ByteArrayInputStream(x12)) {
            StaediSegments.read(in, checker::segment, checker.problems::add);
        } catch (EDIStreamException | IOException e) {
            checker.problems.add("StAEDI cannot read the 277CA: " + e.getMessage());
        }
        checker.endOfFile();
        return new Result(List.copyOf(checker.stControlNumbers), List.copyOf(checker.hierarchy), checker.claims,
                List.copyOf(checker.problems));
    }

    /** Claim counts and charges as the claims report them, and as their parent level declares them. */
    private static final class Level {
        final String name;
        long accepted;
        long rejected;
        BigDecimal acceptedCharges = BigDecimal.ZERO;
        BigDecimal rejectedCharges = BigDecimal.ZERO;
        final Map<String, String> declared = new HashMap<>();

        Level(String name) {
            this.name = name;
        }
    }

    private static final class Checker {
        private static final Map<String, String> PARENT_LEVEL = Map.of("21", "20", "19", "21", "PT", "19");

        final List<String> problems = new ArrayList<>();
        final List<String> stControlNumbers = new ArrayList<>();
        final List<String> hierarchy = new ArrayList<>();
        int claims;

        String isa13;
        int groups;
        String gs06;
        int transactionsInGroup;
        String st02;
        int segments;
        final Map<String, String> levelOfHl = new HashMap<>();
        final Map<String, String> hl04OfHl = new HashMap<>();
        final Map<String, Integer> childrenOfHl = new HashMap<>();
        int expectedHl;
        String currentLevel;
        Level receiver;
        Level provider;

        void segment(String tag, Map<Integer, String> e) {
            e.values().removeIf(String::isEmpty);
            if (st02 != null) {
                segments++;
            }
            switch (tag) {
                case "ISA" -> isa13 = e.get(13);
                case "GS" -> {
                    groups++;
                    gs06 = e.get(6);
                    transactionsInGroup = 0;
                    expect("GS01", e.get(1), "HN");
                    expect("GS08", e.get(8), "005010X214");
                }
                case "ST" -> {
                    transactionsInGroup++;
                    st02 = e.get(2);
                    stControlNumbers.add(st02);
                    segments = 1;
                    levelOfHl.clear();
                    hl04OfHl.clear();
                    childrenOfHl.clear();
                    expectedHl = 1;
                    receiver = null;
                    provider = null;
                    expect("ST01", e.get(1), "277");
                    expect("ST03", e.get(3), "005010X214");
                }
                case "HL" -> hl(e);
                case "STC" -> stc(e);
                case "QTY" -> declare(e.get(1), e.get(2));
                case "AMT" -> declare(e.get(1), e.get(2));
                case "SE" -> {
                    endProvider();
                    endReceiver();
                    endHierarchy();
                    expect("SE01 of " + st02, e.get(1), Integer.toString(segments));
                    expect("SE02", e.get(2), st02);
                    st02 = null;
                }
                case "GE" -> {
                    expect("GE01", e.get(1), Integer.toString(transactionsInGroup));
                    expect("GE02", e.get(2), gs06);
                }
                case "IEA" -> {
                    expect("IEA01", e.get(1), Integer.toString(groups));
                    expect("IEA02", e.get(2), isa13);
                }
                default -> {
                    // names, traces, references and dates: checked by the golden files and pyx12
                }
            }
        }

        void hl(Map<Integer, String> e) {
            String id = e.get(1);
            String parent = e.get(2);
            String level = e.get(3);
            expect("HL01", id, Integer.toString(expectedHl));
            expectedHl++;
            hierarchy.add(st02 + ":" + id + "/" + (parent == null ? "" : parent) + "/" + level);
            String parentLevel = PARENT_LEVEL.get(level);
            if (parentLevel == null) {
                expect("HL03 of a top level", level, "20");
                if (parent != null) {
                    problems.add("HL " + id + " at level 20 has parent " + parent);
                }
            } else if (!parentLevel.equals(levelOfHl.get(parent))) {
                problems.add("HL " + id + " (" + level + ") has parent " + parent + " at level "
                        + levelOfHl.get(parent) + ", expected an earlier HL at level " + parentLevel);
            } else {
                childrenOfHl.merge(parent, 1, Integer::sum);
            }
            if (level.equals("PT") && e.get(4) != null) {
                problems.add("HL " + id + ": HL04 is Not Used at the patient level");
            }
            levelOfHl.put(id, level);
            hl04OfHl.put(id, e.get(4));
            currentLevel = level;
            switch (level) {
                case "21" -> {
                    endProvider();
                    endReceiver();
                    receiver = new Level("receiver HL " + id);
                }
                case "19" -> {
                    endProvider();
                    provider = new Level("provider HL " + id);
                }
                case "PT" -> claims++;
                default -> {
                    // the information source level carries no totals
                }
            }
        }

        void stc(Map<Integer, String> e) {
            switch (currentLevel) {
                case "21" -> receiver.declared.put("STC", e.get(3) + " " + e.get(4));
                case "19" -> provider.declared.put("STC", e.get(3) + " " + e.get(4));
                case "PT" -> {
                    BigDecimal charge = new BigDecimal(e.get(4));
                    boolean accepted = "WQ".equals(e.get(3));
                    if (accepted != e.get(1).startsWith("A2:")) {
                        problems.add("claim STC " + e.get(1) + " with action " + e.get(3));
                    }
                    for (Level level : new Level[] {receiver, provider}) {
                        if (accepted) {
                            level.accepted++;
                            level.acceptedCharges = level.acceptedCharges.add(charge);
                        } else {
                            level.rejected++;
                            level.rejectedCharges = level.rejectedCharges.add(charge);
                        }
                    }
                }
                default -> problems.add("STC at level " + currentLevel);
            }
        }

        void declare(String qualifier, String value) {
            Level level = currentLevel.equals("21") ? receiver : currentLevel.equals("19") ? provider : null;
            if (level == null) {
                problems.add("QTY/AMT " + qualifier + " at level " + currentLevel);
            } else {
                level.declared.put(qualifier, value);
            }
        }

        void endReceiver() {
            compare(receiver, "90", "AA");
            receiver = null;
        }

        void endProvider() {
            compare(provider, "QA", "QC");
            provider = null;
        }

        void compare(Level level, String acceptedQuantity, String rejectedQuantity) {
            if (level == null) {
                return;
            }
            BigDecimal total = level.acceptedCharges.add(level.rejectedCharges);
            String action = level.accepted > 0 ? "WQ" : "U";
            String stc = level.declared.get("STC");
            if (stc == null || !stc.split(" ")[0].equals(action)
                    || new BigDecimal(stc.split(" ")[1]).compareTo(total) != 0) {
                problems.add(level.name + ": STC03/STC04 " + stc + ", expected " + action + " " + total);
            }
            expectCount(level, acceptedQuantity, level.accepted);
            expectCount(level, rejectedQuantity, level.rejected);
            expectAmount(level, "YU", level.accepted, level.acceptedCharges);
            expectAmount(level, "YY", level.rejected, level.rejectedCharges);
        }

        void expectCount(Level level, String qualifier, long count) {
            expect(level.name + " QTY*" + qualifier, level.declared.get(qualifier),
                    count == 0 ? null : Long.toString(count));
        }

        void expectAmount(Level level, String qualifier, long count, BigDecimal amount) {
            String declared = level.declared.get(qualifier);
            if (count == 0 ? declared != null : declared == null || new BigDecimal(declared).compareTo(amount) != 0) {
                problems.add(level.name + " AMT*" + qualifier + " is " + declared + ", expected "
                        + (count == 0 ? "none" : amount));
            }
        }

        void endHierarchy() {
            for (Map.Entry<String, String> hl : levelOfHl.entrySet()) {
                if (hl.getValue().equals("PT")) {
                    continue;
                }
                String expected = childrenOfHl.containsKey(hl.getKey()) ? "1" : "0";
                expect("HL04 of HL " + hl.getKey(), hl04OfHl.get(hl.getKey()), expected);
            }
        }

        void endOfFile() {
            if (isa13 == null) {
                problems.add("no interchange");
            }
            if (st02 != null) {
                problems.add("transaction " + st02 + " has no SE");
            }
        }

        void expect(String what, String actual, String expected) {
            if (expected == null ? actual != null : !expected.equals(actual)) {
                problems.add(what + " is " + actual + ", expected " + expected);
            }
        }
    }
}
