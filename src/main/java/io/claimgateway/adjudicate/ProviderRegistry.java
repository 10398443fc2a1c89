package io.claimgateway.adjudicate;

import java.util.Optional;

/** Looks up providers by NPI. */
@FunctionalInterface
public interface ProviderRegistry {

    Optional<Provider> find(String npi);
}
