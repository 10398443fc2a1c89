package io.claimgateway.adjudicate;

import java.util.Optional;

/** Looks up prior authorizations by number. */
@FunctionalInterface
public interface AuthorizationRegistry {

    Optional<Authorization> find(String authorizationNumber);
}
