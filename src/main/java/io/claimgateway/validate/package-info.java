/**
 * Element checks of the 837 transaction sets: each segment the gateway reads is checked against
 * {@code mappings/837.element-checks.csv} (usage, type, length, character set, codes, dates) before
 * any of its values reaches an output, the store or a log. {@link io.claimgateway.validate.TransactionSetChecker}
 * is the one public entry; the table, the loop tracking and the value checks are package-private.
 */
package io.claimgateway.validate;
