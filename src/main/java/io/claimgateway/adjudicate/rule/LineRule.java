package io.claimgateway.adjudicate.rule;

/**
 * One of the line rules of RULES.md. Rules run in a fixed order and the first that fails
 * denies the line with the adjustment configured under {@code denial.<id>}; a rule may rely on
 * the rules before it having passed.
 */
public interface LineRule {

    /** Stable id: names the rule in the configuration, the decision and the logs. */
    String id();

    boolean passes(LineContext line);
}
