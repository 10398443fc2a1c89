package io.claimgateway.adjudicate.rule;

import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import java.util.HashSet;
import java.util.Set;

/**
 * Rule 6: the authorized provider is the claim's billing provider, or its rendering provider
 * (837P loop 2310B) or attending provider (837I loop 2310A).
 */
final class AuthorizationProviderRule implements LineRule {

    @Override
    public String id() {
        return "authorization-provider";
    }

    @Override
    public boolean passes(LineContext line) {
        Claim claim = line.submission().claim();
        Set<String> npis = new HashSet<>();
        npis.add(line.submission().billingProvider().npi());
        if (line.form() == ClaimForm.PROFESSIONAL) {
            claim.renderingProviderNpi().ifPresent(npis::add);
        } else {
            claim.attendingProviderNpi().ifPresent(npis::add);
        }
        return line.authorization().filter(a -> npis.contains(a.providerNpi())).isPresent();
    }
}
