package io.claimgateway.remit;

import java.math.BigDecimal;

/**
 * The one number format of our 835s (X12 type R): plain decimal, no trailing fractional zeros,
 * no decimal point for whole numbers, a leading zero before a fraction, minus sign in front, never
 * an exponent. 300.00 is "300", 350.50 is "350.5", 0.00 is "0", 0.25 is "0.25", -50.00 is "-50".
 */
final class X12Amounts {

    private X12Amounts() {
    }

    static String format(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "0";
        }
        return amount.stripTrailingZeros().toPlainString();
    }
}
