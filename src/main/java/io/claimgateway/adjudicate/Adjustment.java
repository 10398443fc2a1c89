package io.claimgateway.adjudicate;

import java.math.BigDecimal;

/**
 * One CAS adjustment: group code (CO, OA, PR, PI), claim adjustment reason code (CARC) and a
 * non-zero amount.
 */
public record Adjustment(String group, String reason, BigDecimal amount) {
}
