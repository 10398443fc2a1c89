package io.claimgateway.model;

import java.util.Optional;

/** Loop 2010BB: the payer the claim was sent to. */
public record Payer(String name, Optional<String> id) {
}
