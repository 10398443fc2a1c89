package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.HcpcsCodeTable;
import io.claimgateway.adjudicate.PaidHistory;
import io.claimgateway.adjudicate.ProviderRegistry;
import io.claimgateway.config.ProgramConfig;
import java.time.LocalDate;
import java.util.List;

/** The line rules of RULES.md in the order they apply. */
public final class LineRules {

    private LineRules() {
    }

    public static List<LineRule> inOrder(ProgramConfig config, HcpcsCodeTable codes, ProviderRegistry providers,
            PaidHistory history, LocalDate asOf) {
        return List.of(
                new CodeValidOnDateOfServiceRule(codes),
                new RevenueCodeRule(config.institutionalRevenueCode()),
                new TimelyFilingRule(config.timelyFilingDays(), asOf),
                new AuthorizationPresentRule(),
                new PathwayRegimenRule(),
                new AuthorizationProviderRule(),
                new AuthorizationDatesRule(),
                new InNetworkRule(providers),
                new ExactDuplicateRule(history),
                new CrossFormDuplicateRule(history),
                new S0353OnceRule(history, config.initialCode()),
                new S0354AfterS0353Rule(history, config.initialCode(), config.establishedCode(), config.intervalDays()),
                new S0354IntervalRule(history, config.establishedCode(), config.intervalDays()),
                new S0354LimitRule(history, config.establishedCode(), config.maxEstablishedPerAuthorization()));
    }
}
