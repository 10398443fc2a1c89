/**
 * Adjudication of the cancer care coordination S-codes (RULES.md).
 *
 * <p>Per input file, inside one store transaction:
 * <pre>{@code
 * database.inTransaction(connection -> {
 *     ClaimAdjudicator adjudicator = new ClaimAdjudicator(config, codes,
 *             new JdbcAuthorizationRegistry(connection), new JdbcProviderRegistry(connection),
 *             new JdbcPaidHistory(connection), asOf);
 *     for (ClaimSubmission claim : claimsInFileOrder) {
 *         decisions.add(adjudicator.adjudicate(claim));   // AdjudicatedClaim or ForwardedClaim
 *     }
 *     // write the 835, record the processed interchange, then return to commit
 * });
 * }</pre>
 * The rules are in {@code adjudicate.rule}, one class each, in the order {@link
 * io.claimgateway.adjudicate.rule.LineRules} lists; their denial codes are configuration
 * ({@code program.properties}, {@code denial.<rule id>}).
 */
package io.claimgateway.adjudicate;
