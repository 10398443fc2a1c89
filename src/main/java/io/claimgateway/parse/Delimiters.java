package io.claimgateway.parse;

/** TEMPORARY until the envelope scanner lands. */
public record Delimiters(char element, char component, char repetition, char segment) {
    String key() {
        return "" + element + component + repetition + segment;
    }
}
