package io.claimgateway.adjudicate.rule;

/** Rule 7: the DOS lies within the authorization's valid_from..valid_to, both days included. */
final class AuthorizationDatesRule implements LineRule {

    @Override
    public String id() {
        return "authorization-dates";
    }

    @Override
    public boolean passes(LineContext line) {
        return line.authorization().filter(a -> a.covers(line.requiredDateOfService())).isPresent();
    }
}
