package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.Provider;
import io.claimgateway.adjudicate.ProviderRegistry;

/** Rule 8: the billing provider is in network; a provider missing from the registry is not. */
final class InNetworkRule implements LineRule {

    private final ProviderRegistry providers;

    InNetworkRule(ProviderRegistry providers) {
        this.providers = providers;
    }

    @Override
    public String id() {
        return "in-network";
    }

    @Override
    public boolean passes(LineContext line) {
        return providers.find(line.submission().billingProvider().npi()).map(Provider::inNetwork).orElse(false);
    }
}
