package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.Authorization;

/** Rule 5: the authorization is for a pathway regimen. */
final class PathwayRegimenRule implements LineRule {

    @Override
    public String id() {
        return "pathway-regimen";
    }

    @Override
    public boolean passes(LineContext line) {
        return line.authorization().map(Authorization::pathway).orElse(false);
    }
}
