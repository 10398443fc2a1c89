package io.claimgateway.remit;

import io.xlate.edi.stream.EDIStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Re-reads an 835 with StAEDI, independently of the writer, and recomputes what must hold:
 * envelope counts and control numbers (SE01/SE02, GE01/GE02, IEA01/IEA02), GS08 005010X221A1 with
 * no ST03 (the guide marks it Not Used), and the balance
 * equations of the 835 guide:
 * <ul>
 *   <li>every service line: SVC02 − its CAS = SVC03;</li>
 *   <li>every claim: CLP03 − all its CAS (claim and line level) = CLP04;</li>
 *   <li>every transaction: BPR02 = Σ CLP04 − Σ PLB amounts; BPR01 H with BPR04 NON exactly when
 *       BPR02 is zero;</li>
 *   <li>no adjustment amount is zero.</li>
 * </ul>
 * StAEDI's own envelope validation errors are reported too. Use {@link #assertBalanced} in tests.
 */
public final class RemittanceBalanceCheck {

    /** What the check found. {@code problems} is empty for a valid, balanced 835. */
    public record Result(
            int interchanges,
            int groups,
            int transactions,
            int claims,
            int serviceLines,
            List<String> transactionControlNumbers,
            List<String> problems) {

        public boolean balanced() {
            return problems.isEmpty();
        }
    }

    private RemittanceBalanceCheck() {
    }

    public static Result check(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return check(in);
        }
    }

    public static Result check(byte[] x12) {
        try {
            return check(new ByteArrayInputStream(x12));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails with every problem found, or returns the counts of a balanced 835. */
    public static Result assertBalanced(byte[] x12) {
        Result result = check(x12);
        if (!result.balanced()) {
            throw new AssertionError("835 check failed:\n  " + String.join("\n  ", result.problems()));
        }
        return result;
    }

    public static Result check(InputStream in) throws IOException {
        Checker checker = new Checker();
        try {
            StaediSegments.read(in, checker::segment, checker.problems::add);
        } catch (EDIStreamException e) {
            checker.problems.add("StAEDI cannot read the 835: " + e.getMessage());
        }
        checker.endOfFile();
        return new Result(checker.interchanges, checker.groups, checker.transactions, checker.claims,
                checker.serviceLines, List.copyOf(checker.stControlNumbers), List.copyOf(checker.problems));
    }

    /** Follows the segments in order, keeping running totals per line, claim and transaction. */
    private static final class Checker {
        final List<String> problems = new ArrayList<>();
        final List<String> stControlNumbers = new ArrayList<>();
        int interchanges;
        int groups;
        int transactions;
        int claims;
        int serviceLines;

        String isa13;
        int groupsInInterchange;
        String gs06;
        int transactionsInGroup;
        String st02;
        int segmentsInTransaction;
        String bpr01;
        BigDecimal bpr02;
        String bpr04;
        BigDecimal clp04Total;
        BigDecimal plbTotal;

        String claimId;
        BigDecimal claimCharge;
        BigDecimal claimPaid;
        BigDecimal claimAdjustments;

        String lineProcedure;
        BigDecimal lineCharge;
        BigDecimal linePaid;
        BigDecimal lineAdjustments;

        void segment(String tag, Map<Integer, String> e) {
            if (st02 != null) {
                segmentsInTransaction++;
            }
            switch (tag) {
                case "ISA" -> {
                    interchanges++;
                    isa13 = e.get(13);
                    groupsInInterchange = 0;
                }
                case "GS" -> {
                    groups++;
                    groupsInInterchange++;
                    gs06 = e.get(6);
                    transactionsInGroup = 0;
                    expect("GS08", e.get(8), "005010X221A1");
                }
                case "ST" -> {
                    transactions++;
                    transactionsInGroup++;
                    st02 = e.get(2);
                    stControlNumbers.add(st02);
                    segmentsInTransaction = 1;
                    bpr01 = null;
                    bpr02 = null;
                    bpr04 = null;
                    clp04Total = BigDecimal.ZERO;
                    plbTotal = BigDecimal.ZERO;
                    expect("ST01", e.get(1), "835");
                    if (e.get(3) != null && !e.get(3).isEmpty()) {
                        problems.add("ST03 is present but the 835 guide marks it Not Used");
                    }
                }
                case "BPR" -> {
                    bpr01 = e.get(1);
                    bpr02 = amount(e, 2, "BPR02");
                    bpr04 = e.get(4);
                }
                case "CLP" -> {
                    endClaim();
                    claims++;
                    claimId = e.get(1);
                    claimCharge = amount(e, 3, "CLP03");
                    claimPaid = amount(e, 4, "CLP04");
                    claimAdjustments = BigDecimal.ZERO;
                    clp04Total = clp04Total.add(claimPaid);
                }
                case "SVC" -> {
                    endLine();
                    serviceLines++;
                    lineProcedure = e.get(1);
                    lineCharge = amount(e, 2, "SVC02");
                    linePaid = amount(e, 3, "SVC03");
                    lineAdjustments = BigDecimal.ZERO;
                }
                case "CAS" -> {
                    BigDecimal total = BigDecimal.ZERO;
                    for (int position = 3; position <= 18; position += 3) {
                        if (e.containsKey(position) && !e.get(position).isEmpty()) {
                            BigDecimal value = amount(e, position, "CAS" + position);
                            if (value.signum() == 0) {
                                problems.add("claim " + claimId + ": zero adjustment " + e.get(1) + "-" + e.get(position - 1));
                            }
                            total = total.add(value);
                        }
                    }
                    if (claimId == null) {
                        problems.add("CAS outside a claim");
                    } else {
                        claimAdjustments = claimAdjustments.add(total);
                    }
                    if (lineProcedure != null) {
                        lineAdjustments = lineAdjustments.add(total);
                    }
                }
                case "PLB" -> {
                    endClaim();
                    for (int position = 4; position <= 14; position += 2) {
                        if (e.containsKey(position) && !e.get(position).isEmpty()) {
                            plbTotal = plbTotal.add(amount(e, position, "PLB" + position));
                        }
                    }
                }
                case "SE" -> {
                    endClaim();
                    endTransaction(e);
                }
                case "GE" -> {
                    expect("GE01", e.get(1), Integer.toString(transactionsInGroup));
                    expect("GE02", e.get(2), gs06);
                }
                case "IEA" -> {
                    expect("IEA01", e.get(1), Integer.toString(groupsInInterchange));
                    expect("IEA02", e.get(2), isa13);
                }
                default -> {
                    // other segments carry no amount the balance depends on
                }
            }
        }

        void endLine() {
            if (lineProcedure != null) {
                BigDecimal expected = lineCharge.subtract(lineAdjustments);
                if (expected.compareTo(linePaid) != 0) {
                    problems.add("claim " + claimId + " line " + lineProcedure + ": SVC02 " + lineCharge
                            + " - CAS " + lineAdjustments + " = " + expected + " but SVC03 is " + linePaid);
                }
                lineProcedure = null;
            }
        }

        void endClaim() {
            endLine();
            if (claimId != null) {
                BigDecimal expected = claimCharge.subtract(claimAdjustments);
                if (expected.compareTo(claimPaid) != 0) {
                    problems.add("claim " + claimId + ": CLP03 " + claimCharge + " - CAS " + claimAdjustments
                            + " = " + expected + " but CLP04 is " + claimPaid);
                }
                claimId = null;
            }
        }

        void endTransaction(Map<Integer, String> se) {
            expect("SE01 of " + st02, se.get(1), Integer.toString(segmentsInTransaction));
            expect("SE02", se.get(2), st02);
            if (bpr02 == null) {
                problems.add("transaction " + st02 + " has no BPR");
            } else {
                BigDecimal expected = clp04Total.subtract(plbTotal);
                if (expected.compareTo(bpr02) != 0) {
                    problems.add("transaction " + st02 + ": sum of CLP04 " + clp04Total + " - PLB " + plbTotal
                            + " = " + expected + " but BPR02 is " + bpr02);
                }
                boolean nonPayment = bpr02.signum() == 0;
                expect("BPR01 of " + st02, bpr01, nonPayment ? "H" : "I");
                if (nonPayment) {
                    expect("BPR04 of " + st02, bpr04, "NON");
                } else if ("NON".equals(bpr04)) {
                    problems.add("transaction " + st02 + " pays " + bpr02 + " with BPR04 NON");
                }
            }
            st02 = null;
        }

        void endOfFile() {
            if (interchanges == 0) {
                problems.add("no interchange");
            }
            if (st02 != null) {
                problems.add("transaction " + st02 + " has no SE");
            }
        }

        BigDecimal amount(Map<Integer, String> e, int position, String name) {
            String text = e.get(position);
            if (text == null || text.isEmpty()) {
                problems.add(name + " missing" + (claimId == null ? "" : " in claim " + claimId));
                return BigDecimal.ZERO;
            }
            if (text.contains("E") || text.contains("e")) {
                problems.add(name + " in scientific notation: " + text);
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException ex) {
                problems.add(name + " is not a number: " + text);
                return BigDecimal.ZERO;
            }
        }

        void expect(String what, String actual, String expected) {
            if (!expected.equals(actual)) {
                problems.add(what + " is " + actual + ", expected " + expected);
            }
        }
    }
}
