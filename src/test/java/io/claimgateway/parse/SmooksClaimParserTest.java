package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.claimgateway.model.BillingProvider;
import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Envelope;
import io.claimgateway.model.Patient;
import io.claimgateway.model.Payer;
import io.claimgateway.model.ServiceLine;
import io.claimgateway.model.Subscriber;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim records Smooks builds from our samples, field by field. */
class SmooksClaimParserTest {

    private static ClaimFileReader reader;

    @BeforeAll
    static void reader() {
        reader = new ClaimFileReader(ScanPolicy.strict());
    }

    @Test
    void aDependentPatientClaimOfAn837pIsReadWithItsWholeHierarchy() throws IOException {
        List<ClaimSubmission> claims = read(Path.of("samples/01-harborview-oncology.837p.x12"));

        ClaimSubmission brennan = claims.stream()
                .filter(c -> c.claim().claimId().equals("01-BRENNAN-2")).findFirst().orElseThrow();
        assertEquals(new Envelope("ZZ", "NCX0001", "ZZ", "CBTPGATEWAY", "000000101", "1011", "0001",
                "005010X222A1"), brennan.envelope());
        assertEquals(ClaimForm.PROFESSIONAL, brennan.form());
        assertEquals(new BillingProvider("HARBORVIEW ONCOLOGY ASSOCIATES", "1900001011", Optional.of("990000101")),
                brennan.billingProvider());
        assertEquals(new Subscriber("QCT000202", "BRENNAN", Optional.of("THOMAS"), Optional.empty(),
                Optional.of("CI")), brennan.subscriber());
        assertEquals(Optional.of(new Patient("BRENNAN", Optional.of("LILY"), Optional.of(LocalDate.of(2010, 5, 14)))),
                brennan.patient());
        assertEquals(new Payer("COMMONWEALTH BLUE TEST PLAN", Optional.of("CBTP1")), brennan.payer());
        assertEquals(new Claim("01-BRENNAN-2", new BigDecimal("300.00"), "11", "1", Optional.of("QC26A0202"),
                Optional.empty(), List.of("C8330"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new ServiceLine(1, "S0353", List.of(), Optional.empty(),
                        new BigDecimal("300.00"), BigDecimal.ONE, Optional.of(LocalDate.of(2026, 2, 2)),
                        Optional.empty(), Optional.empty(), Optional.of("01BRENNAN2L1")))),
                brennan.claim());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), claims.stream().map(ClaimSubmission::sequence).toList());
    }

    @Test
    void anInstitutionalClaimCarriesRevenueCodeStatementPeriodAndAttendingProvider() throws IOException {
        ClaimSubmission ingram = read(Path.of("samples/04-lakeside-cancer-center.837i.x12")).get(0);

        assertEquals(ClaimForm.INSTITUTIONAL, ingram.form());
        assertEquals(new Subscriber("QCT000909", "INGRAM", Optional.of("PAUL"),
                Optional.of(LocalDate.of(1961, 4, 5)), Optional.of("BL")), ingram.subscriber());
        assertEquals(new Claim("04-INGRAM-1", new BigDecimal("300.00"), "13", "1", Optional.of("QC26A0901"),
                Optional.empty(), List.of("C189"), Optional.of(LocalDate.of(2026, 7, 6)),
                Optional.of(LocalDate.of(2026, 7, 6)), Optional.empty(), Optional.of("1900005053"),
                List.of(new ServiceLine(1, "S0354", List.of(), Optional.of("0960"), new BigDecimal("300.00"),
                        BigDecimal.ONE, Optional.of(LocalDate.of(2026, 7, 6)), Optional.empty(), Optional.empty(),
                        Optional.of("04INGRAM1L1")))),
                ingram.claim());
    }

    @Test
    void otherDelimitersAndLineBreaksGiveTheSameClaims(@TempDir Path dir) throws IOException {
        Path original = Path.of("samples/01-harborview-oncology.837p.x12");
        // Same interchange with | elements, > components, ! repetition and ' terminators on one line.
        String text = Files.readString(original).replace("~\n", "'").replace('*', '|').replace(':', '>')
                .replace("|^|00501", "|!|00501");
        Path oneLine = Files.writeString(dir.resolve("one-line.x12"), text);

        assertEquals(read(original), read(oneLine));
    }

    @Test
    void aChargeThatIsNotANumberRejectsTheFileNamingTheElement(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("samples/01-harborview-oncology.837p.x12"))
                .replaceFirst("SV1\\*HC:S0353\\*350\\*", "SV1*HC:S0353*3S0*");
        Path bad = Files.writeString(dir.resolve("bad-charge.x12"), text);

        ClaimFileReader.Result.Rejected rejected = assertInstanceOf(ClaimFileReader.Result.Rejected.class,
                reader.read(bad, claim -> { }));
        assertEquals(RejectionReason.CLAIM_DATA, rejected.rejection().reason());
        assertEquals("SV102 is not a number (after 0 claims)", rejected.rejection().message());
    }

    private static List<ClaimSubmission> read(Path file) throws IOException {
        List<ClaimSubmission> claims = new ArrayList<>();
        assertInstanceOf(ClaimFileReader.Result.Read.class, reader.read(file, claims::add));
        return claims;
    }
}
