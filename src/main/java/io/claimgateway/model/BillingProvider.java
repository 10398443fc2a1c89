package io.claimgateway.model;

import java.util.Optional;

/** Loop 2010AA: the billing provider, who is also the payee of the 835. */
public record BillingProvider(String name, String npi, Optional<String> taxId) {
}
