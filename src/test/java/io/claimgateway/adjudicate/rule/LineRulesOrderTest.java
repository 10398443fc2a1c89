package io.claimgateway.adjudicate.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgateway.adjudicate.HcpcsCodeTable;
import io.claimgateway.adjudicate.InMemoryPaidHistory;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.ProgramConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineRulesOrderTest {

    @Test
    void rulesApplyInTheOrderOfRulesMdAndEachHasAConfiguredDenial() {
        ProgramConfig config = ProgramConfig.load(ConfigurationLayers.defaults());
        List<String> ids = LineRules.inOrder(config, HcpcsCodeTable.defaults(), npi -> Optional.empty(),
                new InMemoryPaidHistory(), LocalDate.of(2026, 3, 31)).stream().map(LineRule::id).toList();
        assertEquals(List.of(
                "code-valid-on-dos", "revenue-code", "timely-filing", "authorization-present", "pathway-regimen",
                "authorization-provider", "authorization-dates", "in-network", "exact-duplicate", "cross-form-duplicate",
                "s0353-once", "s0354-after-s0353", "s0354-interval", "s0354-limit"), ids);
        assertEquals(ProgramConfig.DENIAL_RULE_IDS.subList(1, ProgramConfig.DENIAL_RULE_IDS.size()), ids);
    }
}
