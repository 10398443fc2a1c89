package io.claimgateway.adjudicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.model.ClaimSubmission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory reference data and history around a {@link ClaimAdjudicator}, for rule tests. */
public final class AdjudicationFixture {

    public final Map<String, Authorization> authorizations = new HashMap<>();
    public final Map<String, Provider> providers = new HashMap<>();
    public final InMemoryPaidHistory history = new InMemoryPaidHistory();
    public LocalDate asOf = TestClaims.AS_OF;

    public AdjudicationFixture() {
        authorize(authorization(TestClaims.AUTHORIZATION));
        providers.put(TestClaims.BILLING_NPI, new Provider(TestClaims.BILLING_NPI, "ONCOLOGY ASSOCIATES", true));
    }

    /** The default authorization: this member, billing provider, pathway, all of 2025. */
    public static Authorization authorization(String number) {
        return new Authorization(number, TestClaims.MEMBER_ID, TestClaims.BILLING_NPI, "REG-1", true,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    }

    public void authorize(Authorization authorization) {
        authorizations.put(authorization.authorizationNumber(), authorization);
    }

    public ClaimAdjudicator adjudicator() {
        return new ClaimAdjudicator(ProgramConfig.load(ConfigurationLayers.defaults()), HcpcsCodeTable.defaults(),
                number -> Optional.ofNullable(authorizations.get(number)),
                npi -> Optional.ofNullable(providers.get(npi)), history, asOf);
    }

    public AdjudicatedClaim adjudicate(ClaimSubmission submission) {
        return assertInstanceOf(AdjudicatedClaim.class, adjudicator().adjudicate(submission));
    }

    /** Adjudicates a claim with one line and returns that line's decision. */
    public LineDecision decide(ClaimSubmission submission) {
        AdjudicatedClaim claim = adjudicate(submission);
        assertEquals(1, claim.lines().size());
        return claim.lines().get(0);
    }

    public static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    public static void assertPaid(LineDecision decision, String paid, List<Adjustment> adjustments) {
        assertEquals("fee-schedule", decision.rule());
        assertEquals(money(paid), decision.paid());
        assertEquals(money(paid), decision.allowed());
        assertEquals(adjustments, decision.adjustments());
        assertEquals(List.of(), decision.remarks());
    }

    public static void assertDenied(LineDecision decision, String rule, String group, String reason, String amount,
            List<String> remarks) {
        assertEquals(rule, decision.rule());
        assertEquals(money("0.00"), decision.paid());
        assertEquals(money("0.00"), decision.allowed());
        assertEquals(List.of(new Adjustment(group, reason, money(amount))), decision.adjustments());
        assertEquals(remarks, decision.remarks());
    }
}
