package io.claimgateway.adjudicate.rule;

/** Rule 4: the line has an authorization number, and the registry holds it for this member. */
final class AuthorizationPresentRule implements LineRule {

    @Override
    public String id() {
        return "authorization-present";
    }

    @Override
    public boolean passes(LineContext line) {
        String memberId = line.submission().subscriber().memberId().trim();
        return line.authorization().filter(a -> a.memberId().equals(memberId)).isPresent();
    }
}
