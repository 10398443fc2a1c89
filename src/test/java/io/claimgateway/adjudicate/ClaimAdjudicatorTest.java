package io.claimgateway.adjudicate;

import static io.claimgateway.adjudicate.AdjudicationFixture.assertDenied;
import static io.claimgateway.adjudicate.AdjudicationFixture.assertPaid;
import static io.claimgateway.adjudicate.AdjudicationFixture.money;
import static io.claimgateway.adjudicate.TestClaims.DOS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.model.ClaimSubmission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claim-level behaviour: forwarding, the stand-alone rule, pricing, balancing and CLP07. */
class ClaimAdjudicatorTest {

    private final AdjudicationFixture fixture = new AdjudicationFixture();

    @Test
    void claimWithoutProgramCodesIsForwardedAndLeavesNoHistory() {
        ClaimSubmission submission = TestClaims.professional().line("99213", "150.00", DOS).line("S9353", "80.00", DOS).build();
        ForwardedClaim forwarded = assertInstanceOf(ForwardedClaim.class, fixture.adjudicator().adjudicate(submission));
        assertEquals(submission, forwarded.submission());
        assertEquals(List.of(), fixture.history.lines());
    }

    @Test
    void mixedClaimHasEveryLineDeniedForTheStandAloneRule() {
        AdjudicatedClaim claim = fixture.adjudicate(TestClaims.professional()
                .line("S0353", "300.00", DOS).line("99213", "150.00", DOS).build());
        assertDenied(claim.lines().get(0), "stand-alone", "CO", "16", "300.00", List.of("N61"));
        assertDenied(claim.lines().get(1), "stand-alone", "CO", "16", "150.00", List.of("N61"));
        assertEquals(money("0.00"), claim.paid());
        assertEquals(List.of(), claim.claimAdjustments());
        assertEquals(List.of(), fixture.history.lines());
    }

    @ParameterizedTest(name = "charge {0} x {1} units is paid {2}")
    @CsvSource({
        "350.00, 1, 300.00, 50.00",
        "300.00, 1, 300.00, 0",
        "299.99, 1, 299.99, 0",
        "900.00, 3, 300.00, 600.00",
        "300, 1, 300.00, 0"})
    void lineIsPaidTheLesserOfChargeAndFee(String charge, String units, String paid, String excess) {
        LineDecision decision = fixture.decide(TestClaims.professional()
                .line("S0353", charge, Optional.of(DOS), Optional.empty(), Optional.empty(), units).build());
        List<Adjustment> adjustments = new BigDecimal(excess).signum() == 0
                ? List.of()
                : List.of(new Adjustment("CO", "45", money(excess)));
        assertPaid(decision, paid, adjustments);
    }

    @Test
    void deniedLineWithZeroChargeCarriesNoAdjustmentButKeepsItsRemarks() {
        LineDecision decision = fixture.decide(TestClaims.professional().claimAuthorization(Optional.empty())
                .line("S0353", "0.00", DOS).build());
        assertEquals("authorization-present", decision.rule());
        assertEquals(money("0.00"), decision.paid());
        assertEquals(List.of(), decision.adjustments());
        assertEquals(List.of("M62"), decision.remarks());
    }

    @ParameterizedTest(name = "CLM02 {0} against lines of 350.00")
    @CsvSource({"400.00, 50.00", "340.00, -10.00"})
    void claimTotalThatDiffersFromTheLinesIsAdjustedAtClaimLevel(String totalCharge, String difference) {
        AdjudicatedClaim claim = fixture.adjudicate(TestClaims.professional().totalCharge(totalCharge)
                .line("S0353", "350.00", DOS).build());
        assertEquals(List.of(new Adjustment("CO", "16", money(difference))), claim.claimAdjustments());
        assertBalanced(claim);
    }

    @Test
    void claimWithMatchingTotalHasNoClaimAdjustmentAndBalances() {
        AdjudicatedClaim claim = fixture.adjudicate(TestClaims.professional()
                .line("S0353", "350.00", DOS).line("S0354", "300.00", DOS.plusDays(1)).build());
        assertEquals(List.of(), claim.claimAdjustments());
        assertEquals(money("300.00"), claim.paid());
        assertEquals("s0354-after-s0353", claim.lines().get(1).rule());
        assertBalanced(claim);
    }

    private static void assertBalanced(AdjudicatedClaim claim) {
        BigDecimal adjusted = claim.claimAdjustments().stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (LineDecision line : claim.lines()) {
            BigDecimal lineAdjusted = line.adjustments().stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, line.line().charge().subtract(lineAdjusted).compareTo(line.paid()), "SVC02 - CAS = SVC03");
            assertTrue(line.adjustments().stream().allMatch(a -> a.amount().signum() != 0), "non-zero CAS amounts");
            adjusted = adjusted.add(lineAdjusted);
        }
        assertEquals(0, claim.submission().claim().totalCharge().subtract(adjusted).compareTo(claim.paid()),
                "CLP03 - CAS = CLP04");
    }

    @Test
    void payerClaimControlNumberIsStableAndUniquePerClaim() {
        ClaimSubmission first = TestClaims.professional().sequence(1).line("S0353", "300.00", DOS).build();
        String number = PayerClaimControlNumber.of(first);
        assertEquals("00000010100001", number.substring(0, 14), "ISA13 and claim sequence lead");
        assertTrue(number.matches("[A-Z0-9]{30}"), number);
        assertEquals(number, PayerClaimControlNumber.of(TestClaims.professional().sequence(1).line("S0353", "300.00", DOS).build()));
        assertNotEquals(number, PayerClaimControlNumber.of(TestClaims.professional().sequence(2).line("S0353", "300.00", DOS).build()));
        assertNotEquals(number, PayerClaimControlNumber.of(TestClaims.professional().sequence(1).claimId("PCN002")
                .line("S0353", "300.00", DOS).build()));
        assertEquals(number, fixture.adjudicate(first).payerClaimControlNumber());
    }
}
