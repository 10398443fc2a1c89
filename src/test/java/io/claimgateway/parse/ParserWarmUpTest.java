package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The built-in files `run` parses while it starts: each is one claim of its own guide. */
class ParserWarmUpTest {

    @ParameterizedTest
    @EnumSource(ClaimForm.class)
    void eachGuidesWarmUpFileIsOneClaimOfThatGuide(ClaimForm form) throws IOException {
        List<ClaimSubmission> claims = new ArrayList<>();

        int count = ParserWarmUp.parse(new SmooksClaimParser(), form, claims::add);

        assertEquals(1, count);
        ClaimSubmission claim = claims.get(0);
        assertEquals(form, claim.form());
        assertEquals(form.implementationGuide(), claim.envelope().version());
        assertEquals("WARMUP-1", claim.claim().claimId());
        assertEquals(new BigDecimal("1.00"), claim.claim().totalCharge());
        assertEquals(List.of("S0353"), claim.claim().lines().stream().map(l -> l.procedureCode()).toList());
    }
}
