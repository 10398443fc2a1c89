package io.claimgateway.remit;

import static io.claimgateway.remit.RemitFixtures.HARBOR_CANCER_CENTER;
import static io.claimgateway.remit.RemitFixtures.HARBOR_ONCOLOGY;
import static io.claimgateway.remit.RemitFixtures.JANE_DOE;
import static io.claimgateway.remit.RemitFixtures.JOHN_DOE;
import static io.claimgateway.remit.RemitFixtures.ONCOLOGY_ASSOCIATES;
import static io.claimgateway.remit.RemitFixtures.ROBERT_SMITH;
import static io.claimgateway.remit.RemitFixtures.TIMMY_DOE;
import static io.claimgateway.remit.RemitFixtures.claim;
import static io.claimgateway.remit.RemitFixtures.denied;
import static io.claimgateway.remit.RemitFixtures.line;
import static io.claimgateway.remit.RemitFixtures.money;
import static io.claimgateway.remit.RemitFixtures.paidAtFee;
import static io.claimgateway.remit.RemitFixtures.professional;
import static io.claimgateway.remit.RemitFixtures.professionalLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.Adjustment;
import io.claimgateway.adjudicate.LineDecision;
import io.claimgateway.model.BillingProvider;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ServiceLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemittanceWriterTest {

    private static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);

    @TempDir
    Path spillParent;

    @Test
    void paidS0353AndDeniedS0354MatchGolden() throws IOException {
        LineDecision paid = paidAtFee(professionalLine(1, "S0353", "350", MARCH_11), "300");
        ServiceLine s0354 = line(1, "S0354", List.of("GT"), Optional.empty(), "350", LocalDate.of(2024, 3, 12),
                Optional.empty());
        byte[] x12 = write(
                professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1001", "BCBSMA-0000001", paid),
                professional(2, ONCOLOGY_ASSOCIATES, ROBERT_SMITH, "PCN1002", "BCBSMA-0000002",
                        denied(s0354, "CO", "197", "M62")));

        assertGolden("paid-and-denied-professional.835", x12);
        RemittanceBalanceCheck.Result result = RemittanceBalanceCheck.assertBalanced(x12);
        assertEquals(1, result.interchanges());
        assertEquals(1, result.groups());
        assertEquals(List.of("0001"), result.transactionControlNumbers());
        assertEquals(2, result.claims());
        assertEquals(2, result.serviceLines());
    }

    @Test
    void institutionalLineCarriesRevenueCodeAndDependentPatientNamesSubscriber() throws IOException {
        ServiceLine s0353 = line(1, "S0353", List.of(), Optional.of("0960"), "400", LocalDate.of(2024, 3, 5),
                Optional.of("LN0001"));
        AdjudicatedClaim institutional = claim(1, ClaimForm.INSTITUTIONAL, HARBOR_CANCER_CENTER, JOHN_DOE,
                Optional.of(TIMMY_DOE), "UB2001", "400", "13", "BCBSMA-0000003",
                List.of(paidAtFee(s0353, "300")), List.of());

        byte[] x12 = write(institutional);

        assertGolden("institutional-dependent.835", x12);
        RemittanceBalanceCheck.assertBalanced(x12);
    }

    @Test
    void twoPayeesGetOneTransactionEachInOrderOfFirstAppearance() throws IOException {
        AdjudicatedClaim first = professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN3001", "BCBSMA-0000004",
                paidAtFee(professionalLine(1, "S0353", "350.50", MARCH_11), "300"));
        // CLM02 is 10 above its line: the difference is adjusted at claim level.
        AdjudicatedClaim second = claim(2, ClaimForm.PROFESSIONAL, HARBOR_ONCOLOGY, JOHN_DOE, Optional.empty(),
                "PCN3002", "285.25", "11", "BCBSMA-0000005",
                List.of(paidAtFee(professionalLine(1, "S0353", "275.25", LocalDate.of(2024, 3, 18)), "300")),
                List.of(new Adjustment("CO", "16", money("10"))));
        AdjudicatedClaim third = professional(3, ONCOLOGY_ASSOCIATES, ROBERT_SMITH, "PCN3003", "BCBSMA-0000006",
                denied(professionalLine(1, "S0354", "350", LocalDate.of(2024, 3, 15)), "CO", "119", "N640"));

        byte[] x12 = write(first, second, third);

        assertGolden("two-payees.835", x12);
        RemittanceBalanceCheck.Result result = RemittanceBalanceCheck.assertBalanced(x12);
        assertEquals(List.of("0001", "0002"), result.transactionControlNumbers());
        assertEquals(3, result.claims());
    }

    @Test
    void fileWithNothingPaidIsANonPayment() throws IOException {
        ServiceLine s0353 = professionalLine(1, "S0353", "350", MARCH_11);
        ServiceLine officeVisit = professionalLine(2, "99214", "150", MARCH_11);
        byte[] x12 = write(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN4001", "BCBSMA-0000007",
                denied(s0353, "CO", "16", "N61"), denied(officeVisit, "CO", "16", "N61")));

        assertGolden("all-denied.835", x12);
        RemittanceBalanceCheck.assertBalanced(x12);
    }

    @Test
    void adjustmentsOfOneGroupShareACasSegmentOfAtMostSixReasons() throws IOException {
        List<Adjustment> adjustments = new ArrayList<>();
        for (String reason : List.of("45", "253", "94", "59", "97", "B10", "A1")) {
            adjustments.add(new Adjustment("CO", reason, money("1")));
        }
        adjustments.add(1, new Adjustment("PR", "2", money("3.5")));
        ServiceLine s0353 = professionalLine(1, "S0353", "310", MARCH_11);
        LineDecision decision = new LineDecision(s0353, Optional.of(MARCH_11), "FEE", money("299.5"), money("300"),
                adjustments, List.of());

        String x12 = new String(write(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN5001", "C5001", decision)),
                StandardCharsets.US_ASCII);

        assertTrue(x12.contains("DTM*472*20240311~\nCAS*CO*45*1**253*1**94*1**59*1**97*1**B10*1~\nCAS*CO*A1*1~\n"
                + "CAS*PR*2*3.5~\nAMT*B6*300~\n"), x12);
        RemittanceBalanceCheck.assertBalanced(x12.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void unbalancedClaimIsRefusedWithItsIdAndNothingIsLeftOnDisk() {
        ServiceLine s0353 = professionalLine(1, "S0353", "350", MARCH_11);
        LineDecision wrong = new LineDecision(s0353, Optional.of(MARCH_11), "FEE", money("300"), money("300"),
                List.of(new Adjustment("CO", "45", money("40"))), List.of());
        RemittanceWriter writer = newWriter();
        writer.accept(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN-OK", "C1",
                paidAtFee(professionalLine(1, "S0353", "350", MARCH_11), "300")));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> writer.accept(professional(2, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN-BAD", "C2", wrong)));
        writer.close();

        assertTrue(error.getMessage().contains("PCN-BAD"), error.getMessage());
        assertSpillParentEmpty();
    }

    @Test
    void claimLevelAdjustmentsMustBalanceTheClaimToo() {
        AdjudicatedClaim unbalanced = claim(1, ClaimForm.PROFESSIONAL, HARBOR_ONCOLOGY, JOHN_DOE, Optional.empty(),
                "PCN-CLM", "360", "11", "C1",
                List.of(paidAtFee(professionalLine(1, "S0353", "350", MARCH_11), "300")), List.of());
        try (RemittanceWriter writer = newWriter()) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> writer.accept(unbalanced));
            assertTrue(error.getMessage().startsWith("claim PCN-CLM is unbalanced"), error.getMessage());
        }
    }

    @Test
    void zeroAdjustmentIsRefused() {
        ServiceLine s0353 = professionalLine(1, "S0353", "300", MARCH_11);
        LineDecision zero = new LineDecision(s0353, Optional.of(MARCH_11), "FEE", money("300"), money("300"),
                List.of(new Adjustment("CO", "45", money("0"))), List.of());
        try (RemittanceWriter writer = newWriter()) {
            assertThrows(IllegalArgumentException.class,
                    () -> writer.accept(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN-ZERO", "C1", zero)));
        }
    }

    @Test
    void claimIdWithADelimiterIsRefusedBeforeAnythingIsSpilled() throws IOException {
        try (RemittanceWriter writer = newWriter()) {
            assertThrows(IllegalArgumentException.class, () -> writer.accept(professional(1, ONCOLOGY_ASSOCIATES,
                    JANE_DOE, "PCN*1", "C1", paidAtFee(professionalLine(1, "S0353", "300", MARCH_11), "300"))));
            assertTrue(writer.isEmpty());
        }
    }

    @Test
    void spillFilesAreDeletedAfterFinish() throws IOException {
        try (RemittanceWriter writer = newWriter()) {
            writer.accept(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1", "C1",
                    paidAtFee(professionalLine(1, "S0353", "300", MARCH_11), "300")));
            try (Stream<Path> spills = Files.walk(spillParent)) {
                assertTrue(spills.anyMatch(Files::isRegularFile), "claims are spilled to disk while they arrive");
            }
            writer.finish(new ByteArrayOutputStream());
            assertSpillParentEmpty();
            assertThrows(IllegalStateException.class, () -> writer.accept(professional(2, ONCOLOGY_ASSOCIATES,
                    JANE_DOE, "PCN2", "C2", paidAtFee(professionalLine(1, "S0353", "300", MARCH_11), "300"))));
        }
    }

    @Test
    void spillFilesAreDeletedWhenTheOutputFails() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        try (RemittanceWriter writer = newWriter()) {
            writer.accept(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1", "C1",
                    paidAtFee(professionalLine(1, "S0353", "300", MARCH_11), "300")));
            assertThrows(IOException.class, () -> writer.finish(broken));
        }
        assertSpillParentEmpty();
    }

    @Test
    void writerWithoutClaimsHasNoInterchangeToWrite() {
        try (RemittanceWriter writer = newWriter()) {
            assertTrue(writer.isEmpty());
            assertThrows(IllegalStateException.class, () -> writer.finish(new ByteArrayOutputStream()));
        }
        assertSpillParentEmpty();
    }

    /** More payees than spill files kept open, claims interleaved: each payee keeps its claims in order. */
    @Test
    void manyInterleavedPayeesKeepTheirClaimsInOrder() throws IOException {
        int payees = 40;
        int claimsPerPayee = 25;
        List<AdjudicatedClaim> claims = new ArrayList<>();
        for (int round = 0; round < claimsPerPayee; round++) {
            for (int p = 0; p < payees; p++) {
                BillingProvider provider = new BillingProvider("Provider " + p, String.format("1%09d", p),
                        Optional.empty());
                ServiceLine s0353 = professionalLine(1, "S0353", round % 2 == 0 ? "350" : "280", MARCH_11);
                LineDecision decision = round % 5 == 4 ? denied(s0353, "CO", "29") : paidAtFee(s0353, "300");
                claims.add(professional(claims.size() + 1, provider, JANE_DOE,
                        "P" + p + "R" + round, "C" + claims.size(), decision));
            }
        }

        byte[] x12 = write(claims.toArray(AdjudicatedClaim[]::new));

        RemittanceBalanceCheck.Result result = RemittanceBalanceCheck.assertBalanced(x12);
        assertEquals(payees, result.transactions());
        assertEquals(payees * claimsPerPayee, result.claims());
        String text = new String(x12, StandardCharsets.US_ASCII);
        int previous = text.indexOf("CLP*P7R0*");
        for (int round = 1; round < claimsPerPayee; round++) {
            int next = text.indexOf("CLP*P7R" + round + "*");
            assertTrue(next > previous, "claim P7R" + round + " follows P7R" + (round - 1));
            previous = next;
        }
        assertTrue(previous < text.indexOf("N1*PE*Provider 8*"), "payee 7's claims all precede payee 8's header");
        assertSpillParentEmpty();
    }

    @Test
    void balanceCheckCatchesATamperedAdjustment() throws IOException {
        byte[] x12 = write(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1001", "BCBSMA-0000001",
                paidAtFee(professionalLine(1, "S0353", "350", MARCH_11), "300")));
        byte[] tampered = new String(x12, StandardCharsets.US_ASCII).replace("CAS*CO*45*50~", "CAS*CO*45*40~")
                .getBytes(StandardCharsets.US_ASCII);

        RemittanceBalanceCheck.Result result = RemittanceBalanceCheck.check(tampered);

        assertFalse(result.balanced());
        assertEquals(2, result.problems().size(), String.join("\n", result.problems()));
        assertTrue(result.problems().get(0).startsWith("claim PCN1001 line HC:S0353: SVC02 350"),
                result.problems().get(0));
        assertTrue(result.problems().get(1).startsWith("claim PCN1001: CLP03 350"), result.problems().get(1));
    }

    @Test
    void balanceCheckCatchesAWrongSegmentCount() throws IOException {
        byte[] x12 = write(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1001", "BCBSMA-0000001",
                paidAtFee(professionalLine(1, "S0353", "350", MARCH_11), "300")));
        byte[] tampered = new String(x12, StandardCharsets.US_ASCII).replace("SE*19*0001~", "SE*18*0001~")
                .getBytes(StandardCharsets.US_ASCII);

        RemittanceBalanceCheck.Result result = RemittanceBalanceCheck.check(tampered);

        assertEquals(List.of("StAEDI CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT at SE (segment 21)",
                "SE01 of 0001 is 18, expected 19"), result.problems());
    }

    private RemittanceWriter newWriter() {
        return new RemittanceWriter(RemitFixtures.payer(), new ClaimFilingIndicators(ClaimFilingIndicators.X221A1_CODES, "12"), RemitFixtures.envelope(),
                spillParent);
    }

    private byte[] write(AdjudicatedClaim... claims) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RemittanceWriter writer = newWriter()) {
            for (AdjudicatedClaim claim : claims) {
                writer.accept(claim);
            }
            writer.finish(out);
        }
        return out.toByteArray();
    }

    private static void assertGolden(String name, byte[] actual) throws IOException {
        try (InputStream in = RemittanceWriterTest.class.getResourceAsStream("/remit/" + name)) {
            String expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertEquals(expected, new String(actual, StandardCharsets.US_ASCII), name);
        }
    }

    private void assertSpillParentEmpty() {
        try (Stream<Path> left = Files.list(spillParent)) {
            assertEquals(List.of(), left.toList(), "spill files left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
