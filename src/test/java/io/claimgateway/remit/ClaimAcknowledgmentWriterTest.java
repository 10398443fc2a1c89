package io.claimgateway.remit;

import static io.claimgateway.remit.RemitFixtures.HARBOR_CANCER_CENTER;
import static io.claimgateway.remit.RemitFixtures.HARBOR_ONCOLOGY;
import static io.claimgateway.remit.RemitFixtures.INBOUND;
import static io.claimgateway.remit.RemitFixtures.JANE_DOE;
import static io.claimgateway.remit.RemitFixtures.JOHN_DOE;
import static io.claimgateway.remit.RemitFixtures.ONCOLOGY_ASSOCIATES;
import static io.claimgateway.remit.RemitFixtures.ROBERT_SMITH;
import static io.claimgateway.remit.RemitFixtures.TIMMY_DOE;
import static io.claimgateway.remit.RemitFixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.model.BillingProvider;
import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Envelope;
import io.claimgateway.model.Patient;
import io.claimgateway.model.Payer;
import io.claimgateway.model.ServiceLine;
import io.claimgateway.model.Subscriber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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

class ClaimAcknowledgmentWriterTest {

    private static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);
    private static final Envelope SECOND_SET = new Envelope("ZZ", "CLAIMHUB       ", "ZZ", "BCBSMA", "000000871",
            "871", "0002", "005010X222A1");
    private static final String SUBMITTER = "Claim Hub Clearinghouse";
    private static final String SUBMITTER_ID = "CLAIMHUB";

    @TempDir
    Path spillParent;

    @Test
    void oneSetWithTwoProvidersAcceptedRejectedAndDependentMatchesGolden() throws IOException {
        ClaimAcknowledgment first = accepted(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1001",
                line(1, "350", MARCH_11)), "BCBSMA-0000001");
        ClaimAcknowledgment outOfBalance = rejected(professional(2, ONCOLOGY_ASSOCIATES, ROBERT_SMITH, "PCN1002",
                line(1, "350", MARCH_11), line(2, "150.5", MARCH_11)), "A7", "400", Optional.empty());
        ClaimAcknowledgment dependent = accepted(institutional(3, HARBOR_CANCER_CENTER, JOHN_DOE,
                Optional.of(TIMMY_DOE), "UB2001", Optional.empty(), line(1, "400", LocalDate.of(2024, 3, 5))),
                "BCBSMA-0000003");
        // Back to the first provider: file order rules, so it opens a third provider level.
        ClaimAcknowledgment badNpi = rejected(professional(4, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1004",
                line(1, "125.25", LocalDate.of(2024, 3, 12))), "A7", "562", Optional.of("85"));

        byte[] x12 = write(w -> {
            w.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            w.accept(first);
            w.accept(outOfBalance);
            w.accept(dependent);
            w.accept(badNpi);
        });

        assertGolden("two-providers.277", x12);
        AcknowledgmentStructureCheck.Result result = AcknowledgmentStructureCheck.assertConsistent(x12);
        assertEquals(List.of("0001"), result.transactionControlNumbers());
        assertEquals(List.of("0001:1//20", "0001:2/1/21", "0001:3/2/19", "0001:4/3/PT", "0001:5/3/PT",
                "0001:6/2/19", "0001:7/6/PT", "0001:8/2/19", "0001:9/8/PT"), result.hierarchy());
        assertEquals(4, result.claims());
    }

    @Test
    void twoInboundSetsGetOneTransactionEachWithTheirOwnHierarchy() throws IOException {
        byte[] x12 = write(w -> {
            w.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            w.accept(accepted(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN2001", line(1, "300", MARCH_11)),
                    "BCBSMA-0000011"));
            w.startTransactionSet("0002", SUBMITTER, SUBMITTER_ID);
            w.accept(accepted(professional(2, SECOND_SET, HARBOR_ONCOLOGY, ROBERT_SMITH, "PCN2002",
                    line(1, "275.25", MARCH_11)), "BCBSMA-0000012"));
            w.accept(rejected(professional(3, SECOND_SET, HARBOR_ONCOLOGY, JOHN_DOE, "PCN2003",
                    line(1, "99.99", MARCH_11)), "A3", "21", Optional.empty()));
        });

        assertGolden("two-sets.277", x12);
        AcknowledgmentStructureCheck.Result result = AcknowledgmentStructureCheck.assertConsistent(x12);
        assertEquals(List.of("0001", "0002"), result.transactionControlNumbers());
        assertEquals(List.of("0001:1//20", "0001:2/1/21", "0001:3/2/19", "0001:4/3/PT",
                "0002:1//20", "0002:2/1/21", "0002:3/2/19", "0002:4/3/PT", "0002:5/3/PT"), result.hierarchy());
    }

    @Test
    void serviceDatesSpanTheLinesOrTheInstitutionalStatementPeriod() throws IOException {
        ServiceLine ranged = new ServiceLine(2, "S0353", List.of(), Optional.empty(), money("200"), BigDecimal.ONE,
                Optional.of(LocalDate.of(2024, 3, 12)), Optional.of(LocalDate.of(2024, 3, 20)), Optional.empty(),
                Optional.empty());
        ClaimAcknowledgment lines = accepted(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN3001",
                line(1, "100", LocalDate.of(2024, 3, 14)), ranged, line(3, "50", MARCH_11)), "BCBSMA-0000021");
        ClaimAcknowledgment statement = accepted(institutional(2, HARBOR_CANCER_CENTER, JOHN_DOE, Optional.empty(),
                "UB3002", Optional.of(LocalDate.of(2024, 3, 1)), line(1, "400", LocalDate.of(2024, 3, 4))),
                "BCBSMA-0000022");

        byte[] x12 = write(w -> {
            w.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            w.accept(lines);
            w.accept(statement);
        });

        assertGolden("date-range.277", x12);
        String text = new String(x12, StandardCharsets.US_ASCII);
        assertTrue(text.contains("TRN*2*PCN3001~\nSTC*A2:20*20240402*WQ*350~\nREF*1K*BCBSMA-0000021~\n"
                + "DTP*472*RD8*20240311-20240320~\n"), text);
        assertTrue(text.contains("REF*BLT*131~\nDTP*472*RD8*20240301-20240305~\n"), text);
        AcknowledgmentStructureCheck.assertConsistent(x12);
    }

    @Test
    void setWithoutClaimsIsLeftOut() throws IOException {
        byte[] x12 = write(w -> {
            w.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            w.startTransactionSet("0002", SUBMITTER, SUBMITTER_ID);
            w.accept(accepted(professional(1, SECOND_SET, HARBOR_ONCOLOGY, ROBERT_SMITH, "PCN4001",
                    line(1, "10", MARCH_11)), "C1"));
        });

        AcknowledgmentStructureCheck.Result result = AcknowledgmentStructureCheck.assertConsistent(x12);
        assertEquals(List.of("0001"), result.transactionControlNumbers());
        assertTrue(new String(x12, StandardCharsets.US_ASCII).contains("NM1*41*2*Claim Hub Clearinghouse*****46*"
                + "CLAIMHUB~\nTRN*2*0002~\n"));
    }

    @Test
    void allRejectedLevelsSayUAndCarryOnlyRejectedTotals() throws IOException {
        byte[] x12 = write(w -> {
            w.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            w.accept(rejected(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN5001", line(1, "80", MARCH_11)),
                    "A6", "35", Optional.of("QC")));
        });

        String text = new String(x12, StandardCharsets.US_ASCII);
        assertTrue(text.contains("TRN*2*0001~\nSTC*A1:19:PR*20240402*U*80~\nQTY*AA*1~\nAMT*YY*80~\nHL*3*2*19*1~"),
                text);
        assertTrue(text.contains("STC*A1:19:PR**U*80~\nQTY*QC*1~\nAMT*YY*80~\nHL*4*3*PT~"), text);
        assertTrue(text.contains("STC*A6:35:QC*20240402*U*80~\nDTP*472*D8*20240311~"), text);
        AcknowledgmentStructureCheck.assertConsistent(x12);
    }

    @Test
    void manyClaimsAcrossAlternatingProvidersStayConsistent() throws IOException {
        List<BillingProvider> providers = List.of(ONCOLOGY_ASSOCIATES, HARBOR_ONCOLOGY, HARBOR_CANCER_CENTER);
        int claims = 3000;
        byte[] x12 = write(w -> {
            w.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            for (int i = 1; i <= claims; i++) {
                ClaimSubmission claim = professional(i, providers.get(i / 7 % 3), JANE_DOE, "PCN" + i,
                        line(1, i + ".25", MARCH_11));
                w.accept(i % 5 == 0 ? rejected(claim, "A7", "400", Optional.empty()) : accepted(claim, "C" + i));
            }
        });

        AcknowledgmentStructureCheck.Result result = AcknowledgmentStructureCheck.assertConsistent(x12);
        assertEquals(claims, result.claims());
        // Providers change every 7 claims: claims 1-6, then 7-13, ... 2996-3000.
        assertEquals(1 + 3000 / 7, result.hierarchy().stream().filter(hl -> hl.endsWith("/19")).count());
    }

    @Test
    void claimIdWithADelimiterIsRefusedBeforeAnythingIsWritten() throws IOException {
        ClaimAcknowledgment bad = accepted(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN*1",
                line(1, "10", MARCH_11)), "C1");
        ClaimAcknowledgment good = accepted(professional(2, HARBOR_ONCOLOGY, JANE_DOE, "PCN2",
                line(1, "10", MARCH_11)), "C2");

        byte[] x12 = write(w -> {
            w.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            assertThrows(IllegalArgumentException.class, () -> w.accept(bad));
            assertTrue(w.isEmpty());
            w.accept(good);
        });

        String text = new String(x12, StandardCharsets.US_ASCII);
        assertFalse(text.contains("PCN*1"), text);
        assertFalse(text.contains(ONCOLOGY_ASSOCIATES.npi()), "the refused claim's provider level was left behind");
        AcknowledgmentStructureCheck.Result result = AcknowledgmentStructureCheck.assertConsistent(x12);
        assertEquals(1, result.claims());
    }

    @Test
    void identifiersWithDelimitersAreRefusedAndFreeTextIsCleaned() throws IOException {
        BillingProvider badNpi = new BillingProvider("Harbor Oncology", "17654321~3", Optional.empty());
        Subscriber badMember = new Subscriber("XYZ^1", "Doe", Optional.of("Jane"), Optional.empty(), Optional.empty());
        Subscriber accented = new Subscriber("XYZ1", "Núñez*Smith", Optional.of("José:Ana"), Optional.empty(),
                Optional.empty());
        ClaimAcknowledgment badPccn = accepted(professional(3, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN3",
                line(1, "10", MARCH_11)), "C:3");

        byte[] x12 = write(w -> {
            assertThrows(IllegalArgumentException.class, () -> w.startTransactionSet("0001", SUBMITTER, "CLAIM*HUB"));
            w.startTransactionSet("0001", "Claim~Hub", SUBMITTER_ID);
            assertThrows(IllegalArgumentException.class, () -> w.accept(accepted(professional(1, badNpi, JANE_DOE,
                    "PCN1", line(1, "10", MARCH_11)), "C1")));
            assertThrows(IllegalArgumentException.class, () -> w.accept(accepted(professional(2,
                    ONCOLOGY_ASSOCIATES, badMember, "PCN2", line(1, "10", MARCH_11)), "C2")));
            assertThrows(IllegalArgumentException.class, () -> w.accept(badPccn));
            w.accept(accepted(professional(4, ONCOLOGY_ASSOCIATES, accented, "PCN4", line(1, "10", MARCH_11)), "C4"));
        });

        String text = new String(x12, StandardCharsets.US_ASCII);
        assertTrue(text.contains("NM1*41*2*Claim Hub*****46*CLAIMHUB~"), text);
        assertTrue(text.contains("NM1*QC*1*Nunez Smith*Jose Ana****MI*XYZ1~"), text);
        assertEquals(1, AcknowledgmentStructureCheck.assertConsistent(x12).claims());
    }

    @Test
    void claimOfAnotherInboundSetIsRefused() {
        try (ClaimAcknowledgmentWriter writer = newWriter()) {
            writer.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> writer.accept(accepted(professional(1, SECOND_SET, HARBOR_ONCOLOGY, JANE_DOE, "PCN1",
                            line(1, "10", MARCH_11)), "C1")));
            assertTrue(error.getMessage().contains("PCN1"), error.getMessage());
        }
    }

    @Test
    void claimWithoutAnyServiceDateIsRefused() {
        ServiceLine undated = new ServiceLine(1, "S0353", List.of(), Optional.empty(), money("10"), BigDecimal.ONE,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        try (ClaimAcknowledgmentWriter writer = newWriter()) {
            writer.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> writer.accept(accepted(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN-UNDATED",
                            undated), "C1")));
            assertTrue(error.getMessage().contains("PCN-UNDATED"), error.getMessage());
            assertTrue(writer.isEmpty());
        }
    }

    @Test
    void claimBeforeAnyTransactionSetIsRefused() {
        try (ClaimAcknowledgmentWriter writer = newWriter()) {
            assertThrows(IllegalStateException.class, () -> writer.accept(accepted(professional(1,
                    ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1", line(1, "10", MARCH_11)), "C1")));
        }
    }

    @Test
    void finishWithoutClaimsIsRefusedAndCloseLeavesNothingOnDisk() {
        ClaimAcknowledgmentWriter writer = newWriter();
        writer.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
        assertThrows(IllegalStateException.class, () -> writer.finish(new ByteArrayOutputStream()));
        writer.close();
        assertSpillParentEmpty();
    }

    @Test
    void spillFilesAreDeletedAfterFinishAndWhenClosedUnfinished() throws IOException {
        write(w -> {
            w.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
            w.accept(accepted(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1", line(1, "10", MARCH_11)), "C1"));
        });
        assertSpillParentEmpty();

        ClaimAcknowledgmentWriter unfinished = newWriter();
        unfinished.startTransactionSet("0001", SUBMITTER, SUBMITTER_ID);
        unfinished.accept(accepted(professional(1, ONCOLOGY_ASSOCIATES, JANE_DOE, "PCN1", line(1, "10", MARCH_11)),
                "C1"));
        unfinished.accept(accepted(professional(2, HARBOR_ONCOLOGY, JANE_DOE, "PCN2", line(1, "10", MARCH_11)), "C2"));
        unfinished.close();
        assertSpillParentEmpty();
        assertThrows(IllegalStateException.class, () -> unfinished.startTransactionSet("0002", SUBMITTER,
                SUBMITTER_ID));
    }

    @Test
    void structureCheckCatchesWrongCountsTotalsAndParents() throws IOException {
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/ack/two-providers.277")) {
            golden = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        String tampered = golden.replace("HL*7*6*PT~", "HL*7*2*PT~")
                .replace("QTY*90*2~", "QTY*90*3~")
                .replace("AMT*YY*125.25~", "")
                .replace("SE*59*0001~", "SE*60*0001~");

        List<String> problems = AcknowledgmentStructureCheck.check(tampered.getBytes(StandardCharsets.US_ASCII))
                .problems();

        assertTrue(problems.contains("HL 7 (PT) has parent 2 at level 21, expected an earlier HL at level 19"),
                String.join("\n", problems));
        assertTrue(problems.contains("HL04 of HL 6 is 1, expected 0"), String.join("\n", problems));
        assertTrue(problems.contains("receiver HL 2 QTY*90 is 3, expected 2"), String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("provider HL 8 AMT*YY is null")),
                String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("SE01 of 0001 is 60")), String.join("\n", problems));
    }

    @Test
    void rejectionMustNotUseAnAcceptanceCategory() {
        assertThrows(IllegalArgumentException.class, () -> new ClaimStatus.Rejected("A2", "20", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ClaimStatus.Rejected("A7", "", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ClaimStatus.Accepted(" "));
        assertEquals(Optional.empty(), new ClaimStatus.Rejected("A7", "400", Optional.of("")).entityCode());
    }

    private interface Script {
        void run(ClaimAcknowledgmentWriter writer) throws IOException;
    }

    private byte[] write(Script script) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ClaimAcknowledgmentWriter writer = newWriter()) {
            script.run(writer);
            writer.finish(out);
        }
        return out.toByteArray();
    }

    private ClaimAcknowledgmentWriter newWriter() {
        return new ClaimAcknowledgmentWriter(RemitFixtures.payer(), RemitFixtures.envelope(), spillParent);
    }

    private static ClaimAcknowledgment accepted(ClaimSubmission submission, String payerClaimControlNumber) {
        return new ClaimAcknowledgment(submission, new ClaimStatus.Accepted(payerClaimControlNumber));
    }

    private static ClaimAcknowledgment rejected(ClaimSubmission submission, String category, String status,
            Optional<String> entity) {
        return new ClaimAcknowledgment(submission, new ClaimStatus.Rejected(category, status, entity));
    }

    private static ServiceLine line(int number, String charge, LocalDate dateOfService) {
        return new ServiceLine(number, "S0353", List.of(), Optional.empty(), money(charge), BigDecimal.ONE,
                Optional.of(dateOfService), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ClaimSubmission professional(int sequence, BillingProvider provider, Subscriber subscriber,
            String claimId, ServiceLine... lines) {
        return professional(sequence, INBOUND, provider, subscriber, claimId, lines);
    }

    private static ClaimSubmission professional(int sequence, Envelope envelope, BillingProvider provider,
            Subscriber subscriber, String claimId, ServiceLine... lines) {
        return submission(sequence, envelope, ClaimForm.PROFESSIONAL, provider, subscriber, Optional.empty(),
                claim(claimId, "11", Optional.empty(), lines));
    }

    /** Facility type 13 with frequency 1: bill type 131; the statement period ends 2024-03-05. */
    private static ClaimSubmission institutional(int sequence, BillingProvider provider, Subscriber subscriber,
            Optional<Patient> patient, String claimId, Optional<LocalDate> statementFrom, ServiceLine... lines) {
        return submission(sequence, INBOUND, ClaimForm.INSTITUTIONAL, provider, subscriber, patient,
                claim(claimId, "13", statementFrom, lines));
    }

    private static Claim claim(String claimId, String facility, Optional<LocalDate> statementFrom,
            ServiceLine... lines) {
        BigDecimal total = Stream.of(lines).map(ServiceLine::charge).reduce(money("0"), BigDecimal::add);
        return new Claim(claimId, total, facility, "1", Optional.empty(), Optional.empty(), List.of("C50911"),
                statementFrom, statementFrom.map(from -> LocalDate.of(2024, 3, 5)), Optional.empty(),
                Optional.empty(), List.of(lines));
    }

    private static ClaimSubmission submission(int sequence, Envelope envelope, ClaimForm form,
            BillingProvider provider, Subscriber subscriber, Optional<Patient> patient, Claim claim) {
        return new ClaimSubmission(sequence, envelope, form, provider, subscriber, patient,
                new Payer("BCBSMA", Optional.of("BCBSMA")), claim);
    }

    /** Compares byte for byte; a mismatch leaves the actual output in target/ack-actual for review. */
    private static void assertGolden(String name, byte[] actual) throws IOException {
        String expected;
        try (InputStream in = ClaimAcknowledgmentWriterTest.class.getResourceAsStream("/ack/" + name)) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        String text = new String(actual, StandardCharsets.US_ASCII);
        if (!expected.equals(text)) {
            Path dump = Path.of("target", "ack-actual", name);
            Files.createDirectories(dump.getParent());
            Files.write(dump, actual);
        }
        assertEquals(expected, text, name);
    }

    private void assertSpillParentEmpty() {
        try (Stream<Path> left = Files.list(spillParent)) {
            assertEquals(new ArrayList<Path>(), left.toList(), "spill files left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
